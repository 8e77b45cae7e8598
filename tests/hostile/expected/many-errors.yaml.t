$ ragft -q score many-errors.yaml
--- stdout
--- stderr
many-errors.yaml:2:3: error: unknown answer 'k0'
 2 |   k0: 1
   |   ^~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:3:3: error: unknown answer 'k1'
 3 |   k1: 1
   |   ^~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:4:3: error: unknown answer 'k2'
 4 |   k2: 1
   |   ^~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:5:3: error: unknown answer 'k3'
 5 |   k3: 1
   |   ^~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:6:3: error: unknown answer 'k4'
 6 |   k4: 1
   |   ^~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:7:3: error: unknown answer 'k5'
 7 |   k5: 1
   |   ^~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:8:3: error: unknown answer 'k6'
 8 |   k6: 1
   |   ^~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:9:3: error: unknown answer 'k7'
 9 |   k7: 1
   |   ^~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:10:3: error: unknown answer 'k8'
 10 |   k8: 1
    |   ^~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:11:3: error: unknown answer 'k9'
 11 |   k9: 1
    |   ^~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:12:3: error: unknown answer 'k10'
 12 |   k10: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:13:3: error: unknown answer 'k11'
 13 |   k11: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:14:3: error: unknown answer 'k12'
 14 |   k12: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:15:3: error: unknown answer 'k13'
 15 |   k13: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:16:3: error: unknown answer 'k14'
 16 |   k14: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:17:3: error: unknown answer 'k15'
 17 |   k15: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:18:3: error: unknown answer 'k16'
 18 |   k16: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:19:3: error: unknown answer 'k17'
 19 |   k17: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:20:3: error: unknown answer 'k18'
 20 |   k18: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:21:3: error: unknown answer 'k19'
 21 |   k19: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:22:3: error: unknown answer 'k20'
 22 |   k20: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:23:3: error: unknown answer 'k21'
 23 |   k21: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:24:3: error: unknown answer 'k22'
 24 |   k22: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:25:3: error: unknown answer 'k23'
 25 |   k23: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:26:3: error: unknown answer 'k24'
 26 |   k24: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:27:3: error: unknown answer 'k25'
 27 |   k25: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:28:3: error: unknown answer 'k26'
 28 |   k26: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:29:3: error: unknown answer 'k27'
 29 |   k27: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:30:3: error: unknown answer 'k28'
 30 |   k28: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:31:3: error: unknown answer 'k29'
 31 |   k29: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:32:3: error: unknown answer 'k30'
 32 |   k30: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:33:3: error: unknown answer 'k31'
 33 |   k31: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:34:3: error: unknown answer 'k32'
 34 |   k32: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:35:3: error: unknown answer 'k33'
 35 |   k33: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:36:3: error: unknown answer 'k34'
 36 |   k34: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:37:3: error: unknown answer 'k35'
 37 |   k35: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:38:3: error: unknown answer 'k36'
 38 |   k36: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:39:3: error: unknown answer 'k37'
 39 |   k37: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:40:3: error: unknown answer 'k38'
 40 |   k38: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:41:3: error: unknown answer 'k39'
 41 |   k39: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:42:3: error: unknown answer 'k40'
 42 |   k40: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:43:3: error: unknown answer 'k41'
 43 |   k41: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:44:3: error: unknown answer 'k42'
 44 |   k42: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:45:3: error: unknown answer 'k43'
 45 |   k43: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:46:3: error: unknown answer 'k44'
 46 |   k44: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:47:3: error: unknown answer 'k45'
 47 |   k45: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:48:3: error: unknown answer 'k46'
 48 |   k46: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:49:3: error: unknown answer 'k47'
 49 |   k47: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:50:3: error: unknown answer 'k48'
 50 |   k48: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml:51:3: error: unknown answer 'k49'
 51 |   k49: 1
    |   ^~~
  hint: run 'ragft rules show' for the criteria
many-errors.yaml: error: too many errors; only the first 50 are shown
  hint: fix these and run again
--- exit 2
$ ragft -q --rules many-errors.yaml rules lint
--- stdout
--- stderr
many-errors.yaml:1:1: error: unknown key 'answers' in the rule file
 1 | answers:
   | ^~~~~~~
  hint: allowed keys: ragft-rules, name, version, description, options, settings, criteria, rules, disable, cost
many-errors.yaml:1:1: error: missing 'ragft-rules: 1' at the top of the rule file
 1 | answers:
   | ^
  hint: every rule file starts with 'ragft-rules: 1'
rules/default.yaml + rules/cost.yaml + many-errors.yaml: 2 errors, 0 warnings
--- exit 2

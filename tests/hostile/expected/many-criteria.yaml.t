$ ragft -q score many-criteria.yaml
--- stdout
--- stderr
many-criteria.yaml:1:1: error: unknown key 'ragft-rules'
 1 | ragft-rules: 1
   | ^~~~~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
many-criteria.yaml:2:1: error: unknown key 'criteria'
 2 | criteria:
   | ^~~~~~~~
  hint: allowed keys: project, description, answers, approach, waivers, and x-... for your own
--- exit 2
$ ragft -q --rules many-criteria.yaml rules lint
--- stdout
--- stderr
many-criteria.yaml:461:10: error: too many criteria (the limit is 500)
 461 |   - {id: c458, type: yesno, question: "q458?"}
     |          ^~~~
many-criteria.yaml:462:10: error: too many criteria (the limit is 500)
 462 |   - {id: c459, type: yesno, question: "q459?"}
     |          ^~~~
many-criteria.yaml:463:10: error: too many criteria (the limit is 500)
 463 |   - {id: c460, type: yesno, question: "q460?"}
     |          ^~~~
many-criteria.yaml:464:10: error: too many criteria (the limit is 500)
 464 |   - {id: c461, type: yesno, question: "q461?"}
     |          ^~~~
many-criteria.yaml:465:10: error: too many criteria (the limit is 500)
 465 |   - {id: c462, type: yesno, question: "q462?"}
     |          ^~~~
many-criteria.yaml:466:10: error: too many criteria (the limit is 500)
 466 |   - {id: c463, type: yesno, question: "q463?"}
     |          ^~~~
many-criteria.yaml:467:10: error: too many criteria (the limit is 500)
 467 |   - {id: c464, type: yesno, question: "q464?"}
     |          ^~~~
many-criteria.yaml:468:10: error: too many criteria (the limit is 500)
 468 |   - {id: c465, type: yesno, question: "q465?"}
     |          ^~~~
many-criteria.yaml:469:10: error: too many criteria (the limit is 500)
 469 |   - {id: c466, type: yesno, question: "q466?"}
     |          ^~~~
many-criteria.yaml:470:10: error: too many criteria (the limit is 500)
 470 |   - {id: c467, type: yesno, question: "q467?"}
     |          ^~~~
many-criteria.yaml:471:10: error: too many criteria (the limit is 500)
 471 |   - {id: c468, type: yesno, question: "q468?"}
     |          ^~~~
many-criteria.yaml:472:10: error: too many criteria (the limit is 500)
 472 |   - {id: c469, type: yesno, question: "q469?"}
     |          ^~~~
many-criteria.yaml:473:10: error: too many criteria (the limit is 500)
 473 |   - {id: c470, type: yesno, question: "q470?"}
     |          ^~~~
many-criteria.yaml:474:10: error: too many criteria (the limit is 500)
 474 |   - {id: c471, type: yesno, question: "q471?"}
     |          ^~~~
many-criteria.yaml:475:10: error: too many criteria (the limit is 500)
 475 |   - {id: c472, type: yesno, question: "q472?"}
     |          ^~~~
many-criteria.yaml:476:10: error: too many criteria (the limit is 500)
 476 |   - {id: c473, type: yesno, question: "q473?"}
     |          ^~~~
many-criteria.yaml:477:10: error: too many criteria (the limit is 500)
 477 |   - {id: c474, type: yesno, question: "q474?"}
     |          ^~~~
many-criteria.yaml:478:10: error: too many criteria (the limit is 500)
 478 |   - {id: c475, type: yesno, question: "q475?"}
     |          ^~~~
many-criteria.yaml:479:10: error: too many criteria (the limit is 500)
 479 |   - {id: c476, type: yesno, question: "q476?"}
     |          ^~~~
many-criteria.yaml:480:10: error: too many criteria (the limit is 500)
 480 |   - {id: c477, type: yesno, question: "q477?"}
     |          ^~~~
many-criteria.yaml:481:10: error: too many criteria (the limit is 500)
 481 |   - {id: c478, type: yesno, question: "q478?"}
     |          ^~~~
many-criteria.yaml:482:10: error: too many criteria (the limit is 500)
 482 |   - {id: c479, type: yesno, question: "q479?"}
     |          ^~~~
many-criteria.yaml:483:10: error: too many criteria (the limit is 500)
 483 |   - {id: c480, type: yesno, question: "q480?"}
     |          ^~~~
many-criteria.yaml:484:10: error: too many criteria (the limit is 500)
 484 |   - {id: c481, type: yesno, question: "q481?"}
     |          ^~~~
many-criteria.yaml:485:10: error: too many criteria (the limit is 500)
 485 |   - {id: c482, type: yesno, question: "q482?"}
     |          ^~~~
many-criteria.yaml:486:10: error: too many criteria (the limit is 500)
 486 |   - {id: c483, type: yesno, question: "q483?"}
     |          ^~~~
many-criteria.yaml:487:10: error: too many criteria (the limit is 500)
 487 |   - {id: c484, type: yesno, question: "q484?"}
     |          ^~~~
many-criteria.yaml:488:10: error: too many criteria (the limit is 500)
 488 |   - {id: c485, type: yesno, question: "q485?"}
     |          ^~~~
many-criteria.yaml:489:10: error: too many criteria (the limit is 500)
 489 |   - {id: c486, type: yesno, question: "q486?"}
     |          ^~~~
many-criteria.yaml:490:10: error: too many criteria (the limit is 500)
 490 |   - {id: c487, type: yesno, question: "q487?"}
     |          ^~~~
many-criteria.yaml:491:10: error: too many criteria (the limit is 500)
 491 |   - {id: c488, type: yesno, question: "q488?"}
     |          ^~~~
many-criteria.yaml:492:10: error: too many criteria (the limit is 500)
 492 |   - {id: c489, type: yesno, question: "q489?"}
     |          ^~~~
many-criteria.yaml:493:10: error: too many criteria (the limit is 500)
 493 |   - {id: c490, type: yesno, question: "q490?"}
     |          ^~~~
many-criteria.yaml:494:10: error: too many criteria (the limit is 500)
 494 |   - {id: c491, type: yesno, question: "q491?"}
     |          ^~~~
many-criteria.yaml:495:10: error: too many criteria (the limit is 500)
 495 |   - {id: c492, type: yesno, question: "q492?"}
     |          ^~~~
many-criteria.yaml:496:10: error: too many criteria (the limit is 500)
 496 |   - {id: c493, type: yesno, question: "q493?"}
     |          ^~~~
many-criteria.yaml:497:10: error: too many criteria (the limit is 500)
 497 |   - {id: c494, type: yesno, question: "q494?"}
     |          ^~~~
many-criteria.yaml:498:10: error: too many criteria (the limit is 500)
 498 |   - {id: c495, type: yesno, question: "q495?"}
     |          ^~~~
many-criteria.yaml:499:10: error: too many criteria (the limit is 500)
 499 |   - {id: c496, type: yesno, question: "q496?"}
     |          ^~~~
many-criteria.yaml:500:10: error: too many criteria (the limit is 500)
 500 |   - {id: c497, type: yesno, question: "q497?"}
     |          ^~~~
many-criteria.yaml:501:10: error: too many criteria (the limit is 500)
 501 |   - {id: c498, type: yesno, question: "q498?"}
     |          ^~~~
many-criteria.yaml:502:10: error: too many criteria (the limit is 500)
 502 |   - {id: c499, type: yesno, question: "q499?"}
     |          ^~~~
many-criteria.yaml:503:10: error: too many criteria (the limit is 500)
 503 |   - {id: c500, type: yesno, question: "q500?"}
     |          ^~~~
rules/default.yaml + rules/cost.yaml + many-criteria.yaml: 43 errors, 0 warnings
--- exit 2

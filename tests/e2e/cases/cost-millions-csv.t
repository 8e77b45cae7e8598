ragft cost cost/millions.yaml --format csv
--- stdout
file,document,project,option,model,one_off,per_day,monthly,per_1k_calls,total,fixup_hours_per_day,latency_ms,break_even_calls_per_day,payback_month
cost/millions.yaml,0,Millions of calls a day at $40K a month,prompt,frontier,0,1315.07,40000,1,480000,,1200,,
cost/millions.yaml,0,Millions of calls a day at $40K a month,rag,frontier,5000,13219.07,402630,10.05,4836559.99,,1600,,
cost/millions.yaml,0,Millions of calls a day at $40K a month,fine_tune,fine_tuned_small,20000,26.3,800,0.02,29600,,300,55913,1
cost/millions.yaml,0,Millions of calls a day at $40K a month,hybrid,fine_tuned_small,25000,5031.45,154090,3.83,1874080,,700,11442,1
--- stderr
--- exit 0

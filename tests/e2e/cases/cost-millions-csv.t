ragft cost cost/millions.yaml --format csv
--- stdout
file,document,project,option,model,one_off,per_day,monthly,per_1k_calls,total,fixup_hours_per_day,latency_ms,break_even_calls_per_day,payback_month
cost/millions.yaml,0,Millions of calls a day at $40K a month,prompt,frontier,0,1315.07,4706666.66,117.67,56479999.86,3068.49,1200,,
cost/millions.yaml,0,Millions of calls a day at $40K a month,rag,frontier,5000,13219.07,5069296.65,126.72,60836559.85,3068.49,1600,,
cost/millions.yaml,0,Millions of calls a day at $40K a month,fine_tune,fine_tuned_small,20000,26.3,4667466.66,116.69,56029599.87,3068.49,300,55913,1
cost/millions.yaml,0,Millions of calls a day at $40K a month,hybrid,fine_tuned_small,25000,5031.45,4820756.66,120.49,57874079.86,3068.49,700,11442,1
--- stderr
--- exit 0

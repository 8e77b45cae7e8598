ragft rules dump cost | head -n 3
ragft rules dump rules/cost.yaml | grep -c "checked: 2026-11-21"
--- stdout
# The cost model's built-in layer: the price catalog and the cost inputs.
#
# This file is embedded after rules/default.yaml (`ragft rules dump
12
--- stderr
--- exit 0

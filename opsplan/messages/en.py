"""Every user-facing string in English, keyed (see opsplan.i18n)."""

MESSAGES: dict[str, str] = {
    # ---------------------------------------------------------------- help
    "help_app": "Staffing planner and role calculator for a network operations department.",
    "opt_roles": "Role catalogue (default: built-in).",
    "opt_norms": "Staffing norms (default: built-in).",
    "opt_format": "Output format (default: {default}, or from the extension of -o FILE).",
    "opt_output": "Write the result to FILE, not stdout.",
    "opt_force": "Let --output overwrite an existing file.",
    "opt_force_init": "Overwrite an existing file.",
    "opt_lang": "Language of the output: en or zh (default: OPSPLAN_LANG, else the locale).",
    "opt_size": "Company size: small, medium or large (小型, 中型, 大型).",
    "opt_team_size": "Company size, for a roster (CSV or workbook) or to override the team file's.",
    "opt_marketing": "Is the department marketing-focused?",
    # #17 (polish): overload's company options; python -m opsplan
    "opt_profile_size": "Company size, overriding the profile's.",
    "help_module": "`python -m opsplan` is the same program as `opsplan`: where an example says `opsplan`, type `python -m opsplan`.",
    "opt_set": "Set a workload driver, e.g. platforms=6 (repeatable; `opsplan drivers` lists them).",
    "opt_fte": "Fractional FTE instead of whole people.",
    # ---------------------------------------------------------------- Excel in and out (#21)
    "opt_table": "The table of CSV output: its name ({tables}) or number (default: the main table).",
    "opt_encoding": "Encoding of CSV: of the output (default: UTF-8, with a BOM in a file written by -o, as Excel and WPS need) and, for team and plan --team, of a roster CSV (default: detected).",
    "opt_input_format": "What the team file is when its name does not say: yaml, csv or xlsx (default: by extension, and for '-' by content).",
    "opt_sheet": "The sheet of a workbook roster (default: the first).",
    "opt_version": "Print the version.",
    "opt_debug": "Show tracebacks of internal errors.",
    "short_recommend": "Recommended headcount per role, with workload per person.",
    "help_recommend": (
        "Recommended headcount per role, with workload per person.\n\nThe workload drivers"
        " have defaults per size; `opsplan drivers` lists them, with where each default comes"
        " from. Set one by name or Chinese name.\n\nExample: opsplan recommend --size medium"
        " --marketing --set platforms=6"
    ),
    "short_roles": "The role catalogue, or one role in full.",
    "help_roles": (
        "The role catalogue, or one role with its duties, efforts, drivers and sources.\n\n"
        "Example: opsplan roles new-media"
    ),
    "arg_role": "A role id, English or Chinese name, or a clear part of one.",
    # opsplan match (matching, issue 19)
    "short_match": "Which role each duty goes to, with the scores and the words that decided.",
    "help_match": (
        "Which role each duty in your words goes to: the top three roles with their scores and"
        " the words that decided, or why none is taken.\n\n"
        'Example: opsplan match "百度竞价账户管理" "Fix printer and Wi-Fi problems"'
    ),
    "arg_texts": "Duties in your own words, one argument each.",
    "short_drivers": "The workload drivers, their units and defaults per size.",
    "help_drivers": (
        "The workload drivers, their units and defaults per company size.\n\n"
        "Example: opsplan drivers"
    ),
    "short_validate": "Check data files for CI: every problem as file:line:col.",
    "help_validate": (
        "Check role, norm, profile, team, pay and hiring files for CI: every problem as"
        " file:line:col: error: message.\n\nExit 0 when every file is valid, 1 when any is"
        " invalid, 2 when a path cannot be read.\n\nExample: opsplan validate data/roles.yaml"
        " data/norms.yaml --format github"
    ),
    "arg_files": "Role, norm, profile, team, pay or hiring files; '-' is stdin (default: built-in).",
    "short_overload": "One person's coverage report: the load, and a hand-off plan.",
    "help_overload": (
        "One person's coverage report: the load by workload and by the norms, and a hand-off"
        " plan.\n\nExample: opsplan overload examples/allrounder.yaml --format markdown"
    ),
    "arg_profile": "The profile (me.yaml); '-' is stdin.",
    "short_team": "A real team against the norms: per role, per person, risks, hiring order.",
    "help_team": (
        "A real team against the norms and the workload: per role, per person, single points"
        " of failure, bus factor and a hiring order.\n\nTEAM is a team.yaml or a roster CSV"
        " (name,role,share,capacity_hours,outsourced) with --size.\n\nExample: opsplan team"
        " examples/team.yaml"
    ),
    "arg_team": "The team file (team.yaml) or a roster: CSV or workbook (.xlsx); '-' is stdin (YAML, or CSV told by its header).",
    # #17 (polish): init writes a profile, a team file, or the built-in roles or norms
    "short_init": "Write a profile, team, roles or norms file to start from.",
    "help_init": (
        "Write a file to start from, in the chosen language: a commented profile (the default)"
        " or team file, valid as it stands, or the built-in roles or norms to customise.\n\n"
        "Examples: opsplan init me.yaml; opsplan init team; opsplan init roles my-roles.yaml"
    ),
    "arg_init_kind": "profile (the default), team, roles or norms.",
    "arg_path": "Where to write it; '-' is stdout (default: me.yaml, team.yaml, roles.yaml or norms.yaml).",
    # ---------------------------------------------------------------- words
    "yes": "yes",
    "no": "no",
    "sentence_sep": " ",
    "list_sep": ", ",
    "error": "error",
    "warning": "warning",
    "size_small": "small",
    "size_medium": "medium",
    "size_large": "large",
    "focus_marketing": "marketing-focused",
    "focus_other": "not marketing-focused",
    "dept_true": "marketing",
    "dept_false": "non-marketing",
    "family_promotion": "promotion",
    "family_content": "content",
    "family_design": "design",
    "family_tech": "tech",
    "family_operations": "operations",
    "family_management": "management",
    "family_commerce": "commerce",
    "family_analytics": "analytics",
    "family_support": "support",
    "week": "week",
    "total": "Total",
    "title_quoted": "“{title}”",
    "title_dated": "{title} ({date})",
    "people_none": "no one (the norm does not list them)",
    "people_one": "{n} person",
    "people_many": "{n} people",
    # ---------------------------------------------------------------- recommend
    "recommend_title": "Recommended staffing: {size} company, {focus} department",
    "col_role": "Role",
    "col_norm": "Norm",
    "col_recommended": "Recommended",
    "col_demand": "Demand h/wk",
    "col_per_person": "h/person",
    "col_capacity": "% capacity",
    "optional_label": "{label} (optional)",
    "total_with_optional": "{total} (+{optional} optional)",
    "legend_people": "Recommended in people; ↑/↓: the workload implies more/less than the norm.",
    "legend_fte": "Recommended in FTE (not bound by the norm); ↑/↓: outside the norm's range.",
    "data_note": "{text}",
    "role_note": "{role}: {text}",
    "above_norm": "{role}: the drivers imply {implied}; the norm's max is {max}.",
    "below_norm": "{role}: the drivers imply {implied}; the norm's min is {min}.",
    # #17 (polish): roles that each need under half a person, shared by one
    "shared_roles": "One person can cover roles that each need under half a person: {roles}; {fte} FTE between them.",
    "shared_role": "{role} ({fte} FTE)",
    "shared_headcount": "With these roles shared, {n} people instead of {total}.",
    "shared_headcount_below": "With these roles shared, {n} people instead of {total}: below the norm's {min}, which counts each role as a person.",
    "shared_headcount_cited": "With these roles shared, {n} people instead of {total}; small companies rarely keep such roles apart (“{source}”).",
    "shared_headcount_below_cited": "With these roles shared, {n} people instead of {total}: below the norm's {min}, which counts each role as a person; small companies rarely keep such roles apart (“{source}”).",
    "per_person": (
        "One person = {capacity} h/week x {utilization}% productive = {hours} h of role work."
        " Source: “{source}”."
    ),
    "per_person_section": (
        "One person = {capacity} h/week x {utilization}% productive = {hours} h of role work."
        " Source: “{source}”, section {section}."
    ),
    # ---------------------------------------------------------------- roles and drivers
    "catalogue_heading": "Role catalogue: {n} roles",
    "catalogue_title": "",
    "col_id": "Id",
    "col_name": "Name",
    "col_name_zh": "中文",
    "col_name_en": "English",
    "col_family": "Family",
    "col_summary": "Summary",
    "col_duties": "Duties",
    "role_title": "{name} ({other}) - {id}, {family}",
    # Chinese style (#22): a range (norm, money), `3-20` in English and `3~20` in Chinese
    "range": "{low}-{high}",
    "duties_title": "Duties",
    "col_duty": "Duty",
    "col_hours_week": "Hours/week",
    "col_per": "Per",
    "col_source": "Source",
    "demand_by_size": "small {small} h, medium {medium} h, large {large} h",
    "fact_demand": "Weekly demand (default drivers)",
    "fact_keywords": "Keywords",
    "fact_sources": "Source",
    "drivers_title": "Workload drivers and their defaults per company size",
    "col_driver": "Driver",
    "col_description": "Description",
    "col_unit": "Unit",
    "drivers_hint": "Change one with --set NAME=VALUE or by its Chinese name, --set 平台数=5 (recommend, overload, team), or NAME: VALUE under company: (a profile or team file).",
    # ---------------------------------------------------------------- efforts and their basis
    "col_hours": "Hours",
    "col_basis": "Basis",
    "col_defaults_from": "Defaults from",
    "effort_legend": (
        "Hours: a week, for each unit of the drivers (a flat duty: a week); a driver counted per"
        " month adds 12/52 of its value a week."
    ),
    "basis_title": "Where each effort comes from:",
    "driver_basis_title": "Where each default comes from:",
    "basis_label_cited": "cited",
    "basis_label_derived": "derived",
    "basis_label_assumption": "assumption",
    "basis_label_none": "no basis",
    "basis_ref": "{kind} {refs}",
    "basis_cited": "{item}: cited: {figure} [{refs}]",
    "basis_derived": "{item}: derived: {derivation} (from: {figure} [{refs}])",
    "basis_assumption": "{item}: assumption: {reason}",
    "basis_none": "{item}: no basis given",
    "cite_benchmark": "{title}, {publisher}, {year}",
    "second_hand": "second-hand, via {via}",
    "second_hand_plain": "second-hand",
    "undated": "undated",
    "undated_read": "undated, read {year}",
    "per_times": " × ",
    # ---------------------------------------------------------------- overload
    "overload_title": "{who}: the work of a {size} company ({focus})",
    "one_person": "One person",
    "by_workload": "By workload",
    "by_norms": "By the norms",
    "roles": "Roles",
    "workload_line": (
        "{demand} h of work a week against a {week} h week: {ratio}x a full-time job ({fte} FTE)"
    ),
    "times": "{ratio}x",
    "norms_line": (
        "a {size} company ({focus}) staffs these functions with {people}"
        " (the whole department: {dept})"
    ),
    "roles_line": "{n} covered.",
    "switching": (
        "Heuristic, not measured: by Weinberg's rule of thumb, switching between {n} areas of"
        " work costs about {lost} of the week. It is not counted in the load above."
    ),
    "roles_covered": "Roles covered",
    "col_share": "Share",
    "col_full_time": "of a full-time job",
    "hours_est": "{h} est.",
    # ---------------------------------------------------------------- match (duties to roles)
    "match_title": "How each duty is matched to a role",
    "col_score": "Score",
    "col_verdict": "Match",
    "col_decided_by": "Decided by",
    "match_taken": "yes",
    "match_unsure": "unsure",
    "match_none": "no role",
    "match_rule": (
        "A role is taken when it scores at least {threshold} and {margin}x the next one; "
        "otherwise the duty stays unmatched: in a profile, add `role:` to settle it."
    ),
    "match_rule_alone": (
        "A role is taken when it scores at least {threshold} and {margin}x the next one, and "
        "two phrases (or one weighing {alone} or more) found it; otherwise the duty stays "
        "unmatched: in a profile, add `role:` to settle it."
    ),
    "match_no_text": "give at least one duty to match",
    "match_too_many": "{n} duties to match: at most {max} at a time",
    "match_bad_text": "duty '{text}' is empty or longer than {max} characters",
    "candidates_or": "{first} or {second}?",
    "unmatched_unsure": "unmatched: {candidates}",
    "unmatched_candidates": (
        "{count} task(s) are too close to call between roles (or too weak a match), so they "
        "are unmatched; the closest roles are shown: add `role:` to settle each."
    ),
    "unmatched_task": "(unmatched) {task}",
    # requirements and traits among the duties (matching, issue 19)
    "not_a_duty": "not a duty",
    "not_duties": (
        "{count} line(s) read as a requirement or a trait, not a duty (the words that show it "
        "are in the keywords column): they count for no role; write the work itself, or add "
        "`role:`."
    ),
    # a duty of several roles' work, shared between them (matching, issue 19, third round)
    "match_shared": "shared",
    "match_rule_shared": (
        "A duty no role wins whose parts (cut at {marks}) each name a role surely is shared "
        "between those roles, its hours split equally."
    ),
    "role_shared": "{roles} (shared)",
    "shared_tasks": (
        "{count} task(s) hold several roles' work (parts joined by 和, and, +): each counts for "
        "every role its parts name, the hours given shared equally; add `role:` to give it to "
        "one."
    ),
    "handoff_title": "Hand-off plan (largest role first, until the load is at or below 1x):",
    "handoff_step": "Hire or delegate: {name} ({hours} h/week): {before}x -> {after}x",
    "matched_title": "Tasks matched by keyword",
    "col_task": "Task",
    "col_keywords": "Keywords",
    "nothing_measured": (
        "No task matched a role and none gives hours, so there is no load to measure: give the"
        " tasks a `role:` or `hours:`."
    ),
    "estimated_hours": (
        "Estimated hours (est.) are the weekly workload at this company size of the duties a task"
        " names, or of the whole role for a task that names none (see `opsplan roles ROLE`);"
        " give `hours:` where you know better."
    ),
    "fte_formula": "FTE = demand / ({capacity} h x {utilization}% productive).",
    "unmatched_no_hours": (
        "{count} task(s) have no hours and match no role, so they count as 0 h: add `hours:`"
        " (or a `role:`)."
    ),
    "no_norm": "The norms file has no norm for this size and focus.",
    # ---------------------------------------------------------------- estimates (overload)
    "estimated_duties": "{role}: estimated as the duties the tasks name: {duties}.",
    "estimated_whole_role": "{role}: no task names one of its duties, so its {hours} h estimated are the role's whole week at this size (`opsplan roles {id}` lists its duties).",
    "counted_driver": "{role}: the tasks name {n} {unit} ({things}), so {driver} = {n}.",
    "basis_share": (
        "Of this demand, {benchmark}% rests on cited benchmarks and {assumption}% on"
        " assumptions (`opsplan roles ROLE` gives each effort's basis)."
    ),
    "basis_share_unsourced": (
        "Of this demand, {benchmark}% rests on cited benchmarks, {assumption}% on assumptions"
        " and {unsourced}% on efforts with no basis (`opsplan roles ROLE` gives each effort's"
        " basis)."
    ),
    "basis_share_given": (
        "Of this demand, {given}% is hours you gave, {benchmark}% rests on cited benchmarks and"
        " {assumption}% on assumptions (`opsplan roles ROLE` gives each effort's basis)."
    ),
    "basis_share_given_unsourced": (
        "Of this demand, {given}% is hours you gave, {benchmark}% rests on cited benchmarks,"
        " {assumption}% on assumptions and {unsourced}% on efforts with no basis."
    ),
    "duty_hours_high_note": "Check: '{task}' is given {hours} h a week; one duty over 60 h a week is hardly real.",
    "duty_hours_high_more": "Check: {n} more duties are given over 60 h a week.",
    "person_hours_high_note": "Check: the hours given add up to {hours} h a week; over 100 h a week is hardly real.",
    "capacity_high_note": "Check: a week of {hours} h (capacity_hours); over 100 h a week is hardly real.",
    "capacity_high_person": "Check: {name} has a week of {hours} h (capacity_hours); over 100 h a week is hardly real.",
    "capacity_high_more": "Check: {n} more people have a week over 100 h.",
    # ---------------------------------------------------------------- costs, plan and compare (#15)
    "opt_cost": "Add what each role and the department cost a month (pay bands with on-costs).",
    "opt_pay": "Pay data: currency, on-costs, a monthly band per role (default: built-in, indicative).",
    "opt_hiring": "Hiring data: the plan's phases and the time a hire takes (default: built-in).",
    "opt_plan_size": "Company size: small, medium or large (default: the --team file's).",
    "plan_option_needs_team": "{option} tells how to read the team file: give --team FILE too",
    "opt_plan_team": "Plan from this team (team.yaml, or a roster: CSV or workbook): only the gap is hired.",
    "opt_start": "The plan's first month, YYYY-MM (default: next month).",
    "opt_months": "Months to plan, 1 to 120 (default: 12).",
    "opt_budget": "Monthly budget: no month's typical cost goes over it (80000, 80k or 8万).",
    "short_plan": "Whom to hire when, and what it costs each month.",
    "help_plan": (
        "Whom to hire when, and what it costs each month: from nothing, or from a team (--team:"
        " only the gap is hired), to the recommended department, in the phases of the hiring"
        " data, with the day recruiting must start, the headcount, and the monthly and"
        " cumulative cost.\n\nExample: opsplan plan --size medium --marketing --start 2027-01"
        " --budget 80000"
    ),
    "short_compare": "Two departments side by side: roles, headcount and monthly cost.",
    "help_compare": (
        "Two departments side by side: the roles added and dropped, the headcount per role on"
        " both sides and the difference, and the monthly cost of each side.\n\nEach side is a"
        " size (small, medium, large, 小型...) with an optional focus (medium:marketing,"
        " medium:no-marketing; --marketing for a side without one), or a team file or roster,"
        " with its company after a colon where it has none (roster.csv:medium:marketing).\n\n"
        "Example: opsplan compare small medium --marketing"
    ),
    "arg_left": "The first department: SIZE, SIZE:marketing, SIZE:no-marketing, or a team file or roster (FILE, FILE:SIZE, FILE:SIZE:marketing).",
    "arg_right": "The second department, written as LEFT.",
    "kind_pay": "pay",
    "kind_hiring": "hiring",
    "zh_missing": "the built-in data speaks both languages: add `{field}:`",
    "pay_roles_missing": "{n} role(s) of the catalogue have no entry ({roles}): give each a band, or `kind: none` and why",
    "pay_field_missing": "the built-in pay file needs `{field}:`",
    "pay_none_has_figure": "a band of kind none has no figures: remove `{field}:` or give the band another kind",
    "pay_band_incomplete": "a band needs low, typical and high (missing: {fields}); for a role with no figure, write `kind: none`",
    "pay_band_order": "the band is out of order: low {low}, typical {typical}, high {high} (expected low <= typical <= high)",
    "pay_band_no_source": "a {kind} band names its `source:` (an id of the file's sources:)",
    "pay_proxy_no_job": "a proxy band names the job title it stands in for (`job:`)",
    "pay_estimate_no_basis": "an estimate says what it comes from (`basis:`)",
    "on_cost_range": "expected a fraction of pay from 0 to 2 (0%-200%), got {got} ({pct}%); write 0.35 for 35%",
    "hiring_no_default": "time_to_hire needs a `default:` (the days for the families it does not name)",
    "unknown_family": "'{family}' is not a role family: expected {expected}",
    "hire_time_no_basis": (
        "this time to hire has no basis: add `basis:` (kind: cited, derived or assumption, with"
        " its sources and figure, or its reason)"
    ),
    "phase_twice": "phase '{phase}' is given twice (first at phases[{first}])",
    "phase_months_order": "months [{first}, {last}]: the first month is after the last",
    "phase_overlap": "months {first}-{last} overlap phase '{other}' (months {a}-{b}); phases may not overlap",
    "phase_rest_twice": "a second `rest: true` phase (the first is '{first}'); one phase takes the rest",
    "phase_empty": "phase '{phase}' brings in no roles: list its `roles:`, or give it `rest: true`",
    "phase_role_twice": "role '{role}' is twice in this phase",
    "currency_differs": "currency: the team's pay is in {team}, the pay file's in {pay}; give pay data in {team} (--pay FILE) or the team's pay in {pay}",
    "start_bad": "--start '{value}': expected a month as YYYY-MM, for example 2027-01",
    "not_whole": "{option} '{value}': expected a whole number",
    "months_range": "--months {value}: a plan has 1 to {max} months",
    "amount_bad": "{option} '{value}': expected an amount, for example 80000, 80,000, 80k or 8万",
    "budget_range": "{option} {value}: expected an amount above 0 (at most 1,000,000,000)",
    "focus_bad": "'{value}': expected a focus after the colon: {expected}",
    "plan_needs_size": "missing --size / -s (or --team, whose company gives it)",
    "budget_below_first_hire": "--budget {budget}: the first hire does not fit: {role} costs {cost} a month with on-costs; give a budget of at least {need}",
    "budget_below_first_hire_team": "--budget {budget}: the first hire does not fit: {role} costs {cost} a month with on-costs, on top of the team's {base}; give a budget of at least {need}",
    "budget_below_team": "--budget {budget}: the team already costs {base} a month with on-costs (typical), over the budget",
    "plan_title": "Hiring plan: a {size} company ({focus}), {start} to {end}",
    "fact_target": "Target",
    "plan_target_nothing": "{n} people, from nothing",
    "plan_target_team": "{n} people, from {team} ({have} people now)",
    "fact_budget": "Budget",
    "budget_line": "{budget} {currency} a month (typical cost)",
    "fact_first_year": "First year",
    "fact_plan_total": "All {n} months",
    "fact_run_rate": "Run-rate at the end",
    "run_rate_line": "{month}; {year}",
    "per_month": "{amount} a month",
    "per_month_at_least": "at least {amount} a month",
    "per_year": "{amount} a year",
    "per_year_at_least": "at least {amount} a year",
    "note_ref": "{note} [{n}]",
    "amount": "{typical} ({low}-{high})",
    "amount_at_least": "at least {amount}",
    "plan_targets": "The department to build",
    "col_target": "Target",
    "col_have": "Have (FTE)",
    "col_to_hire": "To hire",
    "col_hired": "Hired",
    "plan_months": "Month by month ({currency}, with on-costs)",
    "col_month": "Month",
    "col_phase": "Phase",
    "col_hires": "Hires",
    "col_plan_headcount": "Headcount",
    "col_cost_month": "Cost/month",
    "col_cost_range": "Low-high",
    "col_cumulative": "Cumulative",
    "plan_hires": "Hires, and when recruiting must start",
    "col_people": "People",
    "col_fte": "FTE",
    "col_recruit_from": "Recruit from",
    "col_days": "Days",
    "more_rows": "… and {n} more rows (--format json lists them all)",
    "phase_note": "{phase}: {note}",
    "plan_phases": "Phases",
    "col_from": "From",
    "col_to": "To",
    "col_roles_in": "Roles it brings in",
    "phase_rest_none": "nothing left to hire",
    "plan_not_hired": "Not hired",
    "not_hired_budget": "{role} ×{n} ({month}): over the budget ({cost} a month each)",
    "not_hired_after_horizon": "{role} ×{n}: their phase hires them in {month}, after the plan's last month",
    "reason_not_hired_budget": "over the budget",
    "reason_not_hired_after_horizon": "phase after the plan's last month",
    "time_to_hire_note": "Recruiting starts the time a hire takes before the month: {days}.",
    "days_of": "{family} {days} days",
    "family_default": "other roles",
    "plan_from_team": "From the team's {n} people: only the gap is hired, nobody on the team again; open positions are hired in the plan.",
    "plan_nothing_to_hire": "The team already has the recommended people: nothing to hire.",
    "plan_short": "The plan does not reach the target by {end}: {hired} of {gap} hires; the rest are under Not hired.",
    "plan_recruit_early": "{n} hire(s) need recruiting to start before {start} (from {day}): start now, or expect them later.",
    "plan_optional": "Optional roles are not planned: {roles}.",
    "plan_leftover": "No phase names {roles}: they are hired in the last phase.",
    "plan_budget_unpriced": "Roles without a pay band are not counted against the budget: {roles}.",
    "cost_not_costed": "Not costed: {n} outsourced (no `pay:` in the team file; their cost is a contract, not pay).",
    "cost_own_pay": "{n} people are costed at their own pay (`pay:` in the team file).",
    "col_pay": "Pay/person",
    "col_figure": "Figure",
    "pay_kind_cited": "cited",
    "pay_kind_proxy": "proxy",
    "pay_kind_estimate": "estimate",
    "pay_kind_none": "no figure",
    "pay_kind_own": "own pay",
    "no_figure": "no figure",
    "cost_title": "Monthly cost ({currency}, pay plus {pct}% on-costs)",
    "fact_year": "A year",
    "fact_optional_cost": "Optional roles",
    "pay_indicative": "{note}",
    "pay_indicative_plain": "The pay figures are indicative: replace them with your own (--pay FILE).",
    "on_cost_note": "On-costs: {pct}% of pay. {basis}",
    "on_cost_plain": "On-costs: {pct}% of pay.",
    "roles_without_pay": "No pay figure for: {roles}. The totals leave them out: the cost is at least these amounts.",
    "compare_title": "Comparison: {left} against {right}",
    "side_profile": "a {size} company ({focus})",
    "side_team": "{team}",
    "fact_left": "Left",
    "fact_right": "Right",
    "fact_difference": "Difference",
    "side_people": "{who}: {n} people",
    "side_cost": "{line}, {cost}",
    "delta_people": "{n} people",
    "delta_cost": "{line}, {cost} (typical)",
    "col_left": "Left",
    "col_right": "Right",
    "col_delta": "±",
    "col_change": "Change",
    "col_left_cost": "Left cost",
    "col_right_cost": "Right cost",
    "col_delta_cost": "± cost",
    "change_added": "added",
    "change_dropped": "dropped",
    "compare_roles": "Role by role",
    "compare_legend": "People per role (for a team, its staffed FTE); costs a month with on-costs, typical; ± is right minus left.",
    "compare_optional": "{side}: the optional roles are left out.",
    # ---------------------------------------------------------------- charts (html, #16)
    "chart_recommend": "Norm range and recommendation per role",
    "chart_axis_people": "People",
    "chart_axis_fte": "FTE",
    "chart_load": "Load against one full-time job",
    "chart_axis_jobs": "Full-time jobs ({week} h a week each)",
    "chart_one_job": "1 full-time job",
    "chart_hours": "Hours a week per role",
    "chart_axis_hours": "Hours a week",
    "chart_week_line": "one full-time week ({h} h)",
    "chart_handoff": "Load after each hand-off",
    "chart_now": "Now",
    "chart_team_load": "Load per person against their week",
    "chart_axis_load": "Load (share of the person's week)",
    "chart_coverage": "Coverage per role: staffed FTE against demand FTE",
    "chart_spof": "single point of failure",
    "chart_count": "Count",
    # charts of plan and compare (#15, #16)
    "chart_plan": "Headcount and monthly cost, month by month",
    "chart_budget": "budget: {budget} a month",
    "chart_compare": "Both sides, role by role",
    "chart_axis_compare": "People (FTE for a team)",
    "chart_range": "{low}-{high}",
    "chart_distribution": "{title}: how the {n} rows are spread",
    "chart_first": "{title}: the first {shown} of {n} rows (the table has them all)",
    # ---------------------------------------------------------------- validate
    "ok": "ok",
    "one_error": "1 error",
    "n_errors": "{n} errors",
    "one_warning": "1 warning",
    "n_warnings": "{n} warnings",
    "not_read": "not read",
    "kind_roles": "roles",
    "kind_norms": "norms",
    "kind_profile": "profile",
    "kind_team": "team",
    "builtin": "built-in",
    "checked_against": "checked against {files}",
    # Chinese style (#22): a file's line in validate's summary
    "file_state": "{file}: {state}",
    "file_state_details": "{file}: {state} ({details})",
    "details_sep": "; ",
    "quoted": "'{value}'",
    "and_more": "... and {n} more",
    "unknown_kind": (
        "cannot tell what this file is: expected a top-level 'roles:' (role catalogue),"
        " 'norms:' (staffing norms), 'people:' (a team), 'duties:' (a one-person profile),"
        " 'pay:' (pay data) or 'phases:' (hiring data)"
    ),
    # ---------------------------------------------------------------- cross-checks
    "unknown_source": "source '{source}' is not in the file's sources: ({known})",
    "duplicate_role_id": "duplicate role id '{role}' (first at roles[{first}])",
    "keyword_twice": "keyword '{word}' is claimed by '{first}' and '{role}'",
    # matching phrases (data/roles.yaml `keywords:` and `matching:`)
    "phrase_empty": "phrase '{word}' has no letters or characters to match",
    "phrase_number": "phrase '{word}' is only digits: it would match any text with that number",
    "phrase_negative": "phrase '{word}' is both a phrase of '{role}' and one that belongs to no role (negative or ignore)",
    "phrase_gap_empty": "phrase '{word}' has nothing on one side of a gap (…)",
    "leads_unknown": "leads: '{name}' is neither a family nor a role id ({known})",
    "driver_undefined": "driver '{driver}' is not defined in the norms ({known})",
    "norm_twice": "a second norm for {combo} (the first is norms[{first}])",
    "unknown_role_plain": "unknown role '{role}'",
    "unknown_role_in": (
        "unknown role '{role}': the catalogue {catalogue} has no such role (give the norms that"
        " go with it: --norms FILE, or `catalogue:` in the norms file)"
    ),
    "role_twice": "role '{role}' is twice in this norm (also roles[{first}])",
    "min_over_max": "min ({min}) is greater than max ({max})",
    "norm_missing": "no norm for {combo}; every size and focus is needed",
    "combo": "a {size} {focus} department",
    "unknown_key_close": "unknown key '{key}' (did you mean '{close}'?)",
    "unknown_key_fields": "unknown key '{key}' (the keys here: {fields}, or a driver: {known})",
    "unknown_key_driver": "unknown key '{key}' (not a driver; drivers: {known})",
    "unknown_role": "unknown role '{role}'; `opsplan roles` lists the roles",
    "unknown_role_close": "unknown role '{role}' (did you mean {close}?)",
    "ambiguous_role": "'{role}' fits several roles: {candidates}; give the id",
    "no_norm_for": "the norms file has no norm for a {size} {focus} department",
    # ---------------------------------------------------------------- efforts and their basis
    "effort_no_basis": (
        "this duty's effort has no basis: add `basis:` (kind: cited, derived or assumption,"
        " with its sources and figure, or its reason)"
    ),
    "driver_no_basis": (
        "this driver's defaults have no basis: add `basis:` (kind: cited, derived or"
        " assumption, with its sources and figure, or its reason)"
    ),
    "basis_incomplete": "a basis of kind '{kind}' needs `{field}:`",
    "benchmark_incomplete": "benchmark '{source}' is cited but names no {field}",
    "driver_name_twice": "the name '{name}' of driver '{driver}' is already driver '{first}''s",
    "driver_no_name_zh": "driver '{driver}' has no short Chinese name (`name_zh:`, e.g. 平台数)",
    "duty_hours_high": "{hours} h a week for one duty is hardly real (over {max} h)",
    "person_hours_high": "the hours given add up to {hours} h a week, hardly real (over {max} h)",
    "capacity_high": "a week of {hours} h is hardly real (over {max} h)",
    # ---------------------------------------------------------------- options
    "set_syntax": "--set '{item}': expected NAME=VALUE, for example employees=300",
    "set_not_number": "--set '{item}': '{raw}' is not a number",
    "set_negative": "--set '{item}': the value must be a finite number >= 0",
    "set_not_finite": "driver '{name}': the value must be a finite number",
    "set_out_of_range": "driver '{name}': the value must be from 0 to {max}",
    "unknown_driver": "unknown driver '{name}'; known: {known} (`opsplan drivers` lists them)",
    "unknown_driver_close": "unknown driver '{name}' (did you mean '{close}'?)",
    "size_unknown": "{what} '{size}': expected small, medium or large",
    "size_unknown_close": "{what} '{size}': expected small, medium or large (did you mean {close}?)",
    # #17 (polish): micro enterprises
    "size_micro": "{what} '{size}': micro enterprises are outside the norms (the source excludes them); use small, the nearest, or norms of your own (--norms FILE)",
    "format_from_extension": (
        "-o '{path}': no format has the extension '{ext}'; use {exts}, or give --format"
    ),
    "wrote": "opsplan: wrote {path}",
    "init_done": "Wrote {path}: edit it, then run: opsplan overload {path}",
    # #17 (polish): init's other kinds
    "init_done_team": "Wrote {path}: edit it, then run: opsplan team {path}",
    "init_done_roles": "Wrote {path}: edit it, check it with opsplan validate {path}, then use it with --roles {path}",
    "init_done_norms": "Wrote {path}: edit it, check it with opsplan validate {path}, then use it with --norms {path}",
    "init_kind_unknown": "unknown kind '{kind}': expected profile, team, roles or norms",
    "init_kind_close": "'{given}': did you mean {kind}? (to write a profile named {given}, give: opsplan init profile {given})",
    "starter_roles": "# opsplan role catalogue, written by `opsplan init roles` from the built-in one. Edit it, check\n# it and use it:\n#   opsplan validate {path}\n#   opsplan recommend --size medium --roles {path}\n# Each duty's `hours` is the weekly effort for one unit of its `driver` (a driver's defaults\n# per size are in the norms: opsplan init norms); a duty with no driver is a flat weekly\n# effort. Keywords tie free-text tasks to a role. Text fields have Chinese twins (name_zh, ...).\n",
    "starter_norms": "# opsplan staffing norms, written by `opsplan init norms` from the built-in ones. Edit them, check\n# them and use them:\n#   opsplan validate {path}\n#   opsplan recommend --size medium --norms {path}\n# A range is people; min == max is exactly that many. Drivers give each duty's workload\n# its default per company size. Text fields have Chinese twins (label_zh, note_zh, ...).\n",
    "interrupted": "opsplan: interrupted",
    "error_prefix": "opsplan: error: {message}",
    "internal_error": (
        "opsplan: internal error: {error}\nThis is a bug in opsplan; please report it with the"
        " traceback ({where})."
    ),
    "internal_above": "above",
    # ---------------------------------------------------------------- paths and files
    "path_missing": "no such file",
    "path_unreadable": "cannot read: {reason}",
    "path_directory": "is a directory, not a file",
    "path_not_regular": "not a regular file (a device, FIFO or socket); use - for stdin",
    "file_too_big": "file is larger than {limit} MiB",
    "file_utf16": "the file is UTF-16; save it as UTF-8",
    "file_nul": "a NUL byte (is this a binary file?)",
    "file_not_utf8": "byte {byte} is not UTF-8; save the file as UTF-8",
    "top_not_mapping": "the top level must be a mapping of keys, not {kind}",
    "a_list": "a list",
    "a_mapping": "a mapping",
    "a_single_value": "a single value",
    "output_exists": "{path}: already exists; use --force to overwrite it",
    "output_no_dir": "{path}: the directory {parent} does not exist",
    "output_failed": "{path}: cannot write: {reason}",
    "output_stream": "{path}: leads to a stream ({target}), not a file; opsplan does not write there: to write to standard output, leave out -o",
    "output_not_regular": "{path}: not a regular file; opsplan only writes regular files",
    # ---------------------------------------------------------------- YAML
    "yaml_long_number": "a number too long to read",
    "yaml_bad_value": "{value} is not a valid {tag}",
    "yaml_unsafe_tag": "unsafe tag {tag}: opsplan never builds Python objects",
    "yaml_unknown_tag": "unknown tag {tag}: only plain YAML values are allowed",
    "yaml_too_deep": "nesting deeper than {depth} levels",
    "yaml_syntax": "YAML syntax: {problem}",
    "yaml_tab": "a tab character: YAML indents with spaces only",
    "yaml_reserved": "a value cannot begin with '{char}': put the whole value in quotes",
    "yaml_fullwidth_colon": "a full-width colon '：' after a key: YAML needs ':' and a space",
    "yaml_colon_in_value": "a second ': ' in this line: put the value in quotes (\"...\")",
    "yaml_unclosed": "'{open}' opened here is not closed with '{close}' (or a ',' is missing between its items)",
    "yaml_stray": "a '{char}' that closes nothing",
    "yaml_unclosed_quote": "a quote opened here is not closed",
    "yaml_after_quote": "text after a quoted value: put all of the value inside the quotes",
    "yaml_indent": "the indentation of this line does not match the lines above",
    "yaml_unreadable": "unreadable character: {reason}",
    "yaml_bomb": "the document expands to more than {limit} values (an alias bomb?)",
    "yaml_complex_key": "a mapping key must be a plain value, not a list or mapping",
    "yaml_duplicate_key": "duplicate key {key} (first defined at line {line})",
    "yaml_self_alias": "alias *{name} refers to its own anchor",
    "yaml_no_anchor": "alias *{name} has no anchor before it",
    "yaml_documents": "several YAML documents in one file; opsplan reads one",
    "yaml_empty": "the file is empty (no YAML document in it)",
    # ---------------------------------------------------------------- schema
    "the_string": 'the string "{value}"',
    "null": "nothing (null)",
    "missing_key": "missing required key '{key}'",
    "missing_key_in": "missing required key '{key}' in {where}",
    "key_not_text": "a key must be text, not {value}",
    "key_not_text_in": "a key must be text, not {value} (in {where})",
    "unknown_key": "unknown key '{key}'",
    "unknown_key_in": "unknown key '{key}' in {where}",
    "expected": "expected {what}, got {got}",
    "exp_number": "a number",
    "exp_whole": "a whole number",
    "exp_bool": "true or false",
    "exp_text": "text",
    "exp_mapping": "a mapping",
    "exp_list": "a list",
    "not_finite": "must be a finite number, not .nan or .inf",
    "at_least": "at least",
    "more_than": "more than",
    "at_most": "at most",
    "less_than": "less than",
    "bound": "must be {word} {bound}, got {got}",
    "bound_week": "must be {word} {bound}, got {got} (a week has 168 hours)",
    "must_be": "must be {expected}, got {got}",
    "bad_id": "{value} is not a valid id: lowercase words joined by '-' (new-media)",
    "bad_name": "{value} is not a valid name: lowercase letters, digits, '_' (copy_pieces)",
    "empty": "must not be empty",
    "too_long_text": "text longer than {max} characters",
    "too_many_items": "more than {max} items",
    "role_or_task": "give a `role:` or a `task:` (or both)",
    "wrong_kind": "this is a {kind} file, not the kind expected here; pass it as {option}",
    "no_roles": "give at least one role",
    "shares_sum": "the shares add up to {total}, more than 1 (under 1 leaves the rest of the week outside the department)",
    "person_twice": "'{name}' is in the team twice (first at people[{first}]); give each person once",
    "roster_needs_size": "{path}: a roster has no company: give --size (and --marketing if it applies)",
    "roster_empty": "the roster is empty: expected a header row name,role,...",
    "roster_columns": "missing column(s) {missing}; the header is {expected}",
    "roster_unknown_column": "unknown column '{column}'; the columns are {expected}",
    "roster_short_row": "this row has {got} of the header's {want} cells",
    # ---------------------------------------------------------------- rosters from Excel, workbook output, CSV for Excel (#21)
    "encoding_ignored": "opsplan: note: --encoding sets the encoding of CSV output; {format} output is not changed by it",
    "csv_read_as": "{path}: note: read as {encoding} (the file is not UTF-8); --encoding ENC reads it as another",
    "csv_encoding_unknown": "byte {byte} is not UTF-8, and the file is not UTF-16 (with a BOM) or GB18030 either; save it as UTF-8, or give its encoding with --encoding",
    "csv_not_encoding": "byte {byte} is not {encoding} (--encoding); give the file's encoding",
    "encoding_unknown": "unknown encoding '{encoding}' (--encoding): e.g. utf-8, utf-8-sig, gb18030, utf-16",
    "encoding_cannot": "{encoding} cannot hold the character {char} (line {line} of the output); choose another --encoding, such as utf-8 or gb18030",
    "sheet_not_workbook": "{path}: --sheet picks a sheet of a workbook (.xlsx); this is not one",
    "roster_role_twice": "this person has this role already (line {first}); give each person's role once",
    "roster_value_twice": "{column} differs from this person's row at line {first}; give it once, or the same on each row",
    "roster_column_twice": "column '{column}' is in the header twice (first in column {first})",
    "roster_no_header": "a value in a column without a header; give the column a header, or clear it",
    "roster_cell_empty": "the {column} cell is empty",
    "roster_no_people": "the roster has a header but no one in it",
    "xlsx_empty": "the file is empty: not a workbook",
    "xlsx_encrypted": "the workbook is protected by a password: save a copy without one (File > Info > Protect Workbook)",
    "xlsx_old_xls": "an old Excel 97-2003 workbook (.xls): save it as an Excel workbook (.xlsx)",
    "xlsx_not_zip": "not a workbook: an .xlsx file is a zip archive, and this is not one (or it is damaged)",
    "xlsx_not_workbook": "a zip archive, but not a workbook (it has no xl/workbook.xml)",
    "xlsx_no_sheets": "the workbook has no worksheet",
    "xlsx_sheet_missing": "the workbook names sheet '{sheet}' but does not hold it (damaged)",
    "xlsx_too_big": "the workbook is too big to read ({part}): a roster is a few megabytes at most",
    "xlsx_broken": "the workbook is damaged: {reason}",
    "xlsx_no_such_sheet": "no sheet '{sheet}' (--sheet); the workbook has: {sheets}",
    "xlsx_extent": "sheet '{sheet}' has values as far as row {rows}, column {cols}; a roster is read up to row {max_rows} and column {max_cols}: clear the cells beyond it",
    "xlsx_summary": "Summary",
    "table_unknown": "--table '{table}': this output's tables are {tables}",
    "table_needs_csv": "--table picks a table of CSV output, not of {format}: add --format csv (a workbook, --format xlsx, has every table)",
    "outside_share": "outside the department {share}",
    "team_outside": "Shares under 100% leave the rest of a person's week outside the department: that time counts as taken in their load.",
    "col_spof_kind": "Kind",
    "spof_kind_one_person": "one person",
    "spof_kind_outsiders_only": "outsiders only",
    "spof_kind_sole_cover": "sole cover",
    "col_sole_roles": "Roles only they cover",
    "col_step": "Step",
    "col_reason": "Reason",
    "col_headcount": "Headcount",
    "col_worst_load": "Worst load",
    "col_uncovered": "Uncovered",
    "hiring_sheet": "Hiring order",
    "team_demand": "Demand is each role's weekly workload at this company size; one full-time person gives {hours} h of it. Staffed FTE counts part-timers by their hours.",
    "team_loads": "A person's load is their part of each role's demand (split by the time each person gives it) against their week: over {over}% is flagged !, over {warn}% warned ~.",
    "team_vacancies": "Open positions (vacancy: true) are counted apart, as planned FTE: not in the headcount, the loads or the cover.",
    "team_title": "{who}: a {size} company ({focus})",
    "the_team": "The team",
    "fact_headcount": "Headcount",
    # #17 (polish): "no open positions", not "0 open position(s)"
    "headcount_line": "{n} ({fte} FTE), no open positions; the norm: {norm}",
    "headcount_line_one": "{n} ({fte} FTE) and 1 open position; the norm: {norm}",
    "headcount_line_open": "{n} ({fte} FTE) and {vacancies} open positions; the norm: {norm}",
    "fact_bus_factor": "Bus factor",
    "bus_factor_line": "{n}: the fewest people whose absence leaves a role of the norm uncovered",
    "bus_factor_zero": "0: a role of the norm is uncovered already",
    "team_roles": "Roles against the norm",
    "col_staffed": "Staffed FTE",
    "col_planned": "Planned",
    "col_demand_fte": "Demand FTE",
    "col_status": "Status",
    "col_covered_by": "Covered by",
    "status_missing": "missing",
    "status_under": "under",
    "status_in_range": "in range",
    "status_over": "over",
    "status_not_in_norm": "not in norm",
    "status_optional": "optional",
    "team_people": "People",
    "col_person": "Person",
    "col_roles": "Roles",
    "col_week": "Week h",
    "col_load": "Load",
    "outsourced_label": "{name} (outsourced)",
    "vacancy_label": "{name} (open)",
    "spof_title": "Single points of failure",
    "spof_one": "{role}: only {person} covers it",
    "spof_outsiders": "{role}: covered only by outsiders",
    "spof_sole": "Without {person}, nobody covers: {roles}",
    "spof_none": "None: every role is covered by two people or more.",
    # #17 (polish): a long list of names, cut
    "names_more": "{names} and {n} more",
    # #17 (polish): advice for a team
    "advice_title": "Advice",
    "advice_backup": "{role}: only {person} covers it. Train {other} as a backup: they cover {roles} (the same family) and have about {hours} h a week to spare (load {load}).",
    "advice_backup_outsiders": "{role}: covered only by outsiders ({person}). Train {other} in house as a backup: they cover {roles} (the same family) and have about {hours} h a week to spare (load {load}).",
    "advice_no_backup": "{role}: only {person} covers it, and no one else covering {family} roles has time to spare: write the work down, and cross-train someone or find a part-time or outsourced backup.",
    "advice_no_backup_outsiders": "{role}: covered only by outsiders ({person}), and no one in house covering {family} roles has time to spare: keep the know-how and the accounts in house, and train or hire someone.",
    "advice_move": "Move about {hours} h a week of {role} from {person} ({before}) to {other} ({other_before}), who covers it too: {after} and {other_after} after.",
    "hiring_title": "Hiring order (missing and under-norm roles first, then the most overloaded):",
    "hire_step": "Hire for {name} ({reason}): {n} people, worst load {worst}, uncovered: {uncovered}",
    "reason_missing": "missing",
    "reason_under": "under the norm",
    "reason_overloaded": "overloaded",
    "none": "none",
    "path_prefixed": "{path}: {message}",
    "unknown_role_in_file": "unknown role '{role}': the catalogue {catalogue} has no such role",
    "roster_syntax": "CSV syntax: {problem}",
    "role_or": "{role} (or {other}?)",
    "partner_broken": "(has errors: not cross-checked)",
    "catalogue_lacks": "the built-in norms staff {n} role(s) this catalogue does not have ({roles}); give norms that go with it: --norms FILE",
    "stdout_closed": "standard output is closed: nowhere to write the result (use -o FILE)",
    "stdin_closed": "standard input is closed: nothing to read for -",
    "stdin_unreadable": "cannot read standard input: {reason}",
    "output_error": "cannot write the output: {reason}",
    "help_option": "Show this message and exit.",
    "help_usage": "Usage: ",
    "help_options": "Options:",
    "help_arguments": "Arguments:",
    "help_commands": "Commands:",
    "help_required": "required",
    "more_unmatched": "… and {n} more tasks that match no role (--format csv or json lists them all)",
    "more_matched": "… and {n} more tasks matched by keyword (--format json lists them all)",
    "more_people": "… and {n} more people (--format json lists them all)",
    "more_roles": "… and {n} more roles (--format csv or json lists them all)",
    "stopped": "stopped after {n} problems: fix these first",
    "too_many_keys": "more than {max} keys",
    "choice": "{option} '{value}': expected {expected}",
    "choice_close": "{option} '{value}': expected {expected} (did you mean {close}?)",
    "col_gap": "vs demand",
    "help_schema": "The kinds of data file opsplan reads, or the JSON Schema of one (roles, norms, team, profile, pay, hiring) for an editor's completion and checks.\n\nExample: opsplan schema team -o team.schema.json",
    "short_schema": "The kinds of data file, or one kind's JSON Schema.",
    "arg_kind": "roles, norms, team, profile, pay or hiring.",
    "kinds_title": "The data files opsplan reads",
    "col_kind": "Kind",
    "col_keys": "Told by",
    "col_hooked": "Pre-commit hook",
    "kinds_hint": "opsplan schema KIND prints a kind's JSON Schema; validate checks a file of any kind.",
    "partner_unread": "(not found: not cross-checked)",
    "catalogue_missing": "the catalogue '{path}' is not there (a path relative to this file)",
    "no_such_option": "no such option: {option}",
    "no_such_option_close": "no such option: {option} (did you mean {close}?)",
    "missing_parameter": "missing {name}",
    "usage_raw": "{text}",
    "try_help": "Try '{command} --help'.",
    "option_needs_value": "{name} needs a value",
    "option_takes_no_value": "{name} takes no value",
    "no_such_command": "no such command: {name} (the commands are {commands})",
    "extra_arguments": "unexpected extra arguments: {name}",
    # ---------------------------------------------------------------- the command line (#14)
    "no_such_command_close": "no such command: {name} (did you mean {close}?)",
    "list_or": "{items} or {last}",
    "format_needs_output": "--format {format} writes a file: give -o FILE",
    "opt_install_completion": "Install shell completion (bash, zsh, fish) for the current shell.",
    "opt_show_completion": "Print the shell completion script for the current shell.",
    "raw": "{text}",
    "at_path": "{where}: {message}",
    # ---------------------------------------------------------------- planfix: a boss's trial of plan, team and compare
    "side_people_fte": "{who}: {n} people ({fte} FTE)",
    "delta_people_fte": "{n} people ({fte} FTE)",
    "compare_roster_needs_size": "{path}: a roster has no company: give it after the file as a size side is given (`compare {path}:medium`, or `{path}:medium:marketing`)",
    "fact_end_headcount": "End headcount",
    "plan_end_team": "{n} people ({fte} FTE): the team's {have} ({have_fte} FTE) + {hired} hired; {inside} FTE in the target's roles",
    "plan_end_team_outside": "{n} people ({fte} FTE): the team's {have} ({have_fte} FTE) + {hired} hired; {inside} FTE in the target's roles, {outside} FTE outside them",
    "plan_team_order": "Each phase hires the team's greatest need first (the role furthest below its target); the phases themselves stay those of the hiring data (by default technology and management first).",
    "plan_outside_norm": "The team's {fte} FTE in roles outside the norm ({roles}) are not in the target and not hired; they stay, and count in the end headcount.",
    "plan_fte_part": "{role} {fte}",
    "plan_above_target": "The team has more than the target in {roles}; nobody leaves in a plan, so they count in the end headcount.",
    "plan_above_part": "{role} ({fte} FTE for {target})",
    "plan_whole_hires": "Hires are whole people: {roles}; {fte} FTE short, {n} to hire. A gap under one person could also be closed by a part-time hire or more hours from the team.",
    "plan_gap_part": "{role} ({fte} FTE short, {n} to hire)",
    "plan_phase_no_roles": "{phase} hires nobody: the department to build has none of its roles ({roles}); the other roles are hired in the later phases, as the hiring data orders them. Your own phases (--hiring FILE) can hire them sooner.",
    "plan_phase_staffed": "{phase} hires nobody: the team already has the people its roles need ({roles}).",
    "money_rounded": "Amounts are shown to the whole unit and totals are of the exact amounts, so a column's rows may add up to a unit or so more or less than its total.",
    "plan_outside_target": "The team's {fte} FTE in roles the target leaves out ({roles}: outside the norm, or its optional roles) are not hired; they stay, and count in the end headcount.",
    # ---------------------------------------------------------------- zhfix: a new user's trial in Chinese
    "candidate_one": "{first}?",
    "role_with_id": "{name} ({id})",
    "opt_table_numbered": "The table of CSV output: its number (1, 2...; default: the main table).",
    "format_no_extension": "-o '{path}': no extension to tell the format by; use {exts}, or give --format",
    "write_no_space": "no space left on the device",
    "write_denied": "permission denied",
    "write_read_only": "the file system is read-only",
    # compare's sides (LEFT, RIGHT): a word that is neither a size nor a file
    "side_unknown": "{what} '{side}': neither a size (small, medium or large; medium:marketing with a focus) nor a team file (a file's name has a dot: team.yaml, roster.csv)",
    # overload: tasks with hours that name no role, not even a near one
    "unmatched_weak": '{count} task(s) match no role, not even closely: their hours count in the load but in no role. Add `role:` to each (`opsplan match "TEXT"` shows the closest roles).',
    # validate given a roster (CSV or workbook), which `team` reads
    "validate_roster": "a roster (CSV or workbook), not a YAML data file: check it with `opsplan team {path} --size SIZE`",
    # --table with a name close to one of the output's tables
    "table_unknown_close": "--table '{table}': this output's tables are {tables} (did you mean {close}?)",
}

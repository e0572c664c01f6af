-- A CHECK of the form `x IN ('a', 'b', 'c')` costs SQLite a temporary b-tree for the list
-- on every row it inserts or updates (a constant list of three or more values is searched
-- through an ephemeral index built for each statement run), which was 30 % of a million-row
-- household import. A chain of `=` tests is the same constraint without that cost.
--
-- The tables are not rebuilt: only their stored definitions change, the way SQLite documents
-- for changing CHECK constraints (https://www.sqlite.org/lang_altertable.html#otheralter);
-- the constraints are equivalent, so every stored row still satisfies them. Two-value lists
-- (gender, the 0/1 flags) are compared directly by SQLite already and stay as they are.
PRAGMA writable_schema = ON;

UPDATE sqlite_schema SET sql = replace(sql,
    'housing_type IN (''private'', ''public'', ''shop'', ''other'')',
    '(housing_type = ''private'' OR housing_type = ''public'' OR housing_type = ''shop'' OR housing_type = ''other'')')
WHERE type = 'table' AND name = 'household';

UPDATE sqlite_schema SET sql = replace(sql,
    'residence_type IN (''registered'', ''resident'', ''floating'')',
    '(residence_type = ''registered'' OR residence_type = ''resident'' OR residence_type = ''floating'')')
WHERE type = 'table' AND name = 'person';

UPDATE sqlite_schema SET sql = replace(sql,
    'kind IN (''institution'', ''market'', ''enterprise'', ''individual'')',
    '(kind = ''institution'' OR kind = ''market'' OR kind = ''enterprise'' OR kind = ''individual'')')
WHERE type = 'table' AND name = 'organisation';

UPDATE sqlite_schema SET sql = replace(replace(sql,
    'status IN (''planned'', ''active'', ''completed'', ''suspended'')',
    '(status = ''planned'' OR status = ''active'' OR status = ''completed'' OR status = ''suspended'')'),
    'kind IN (''expropriation'', ''shantytown'', ''buyout'', ''renovation'', ''construction'', ''remediation'')',
    '(kind = ''expropriation'' OR kind = ''shantytown'' OR kind = ''buyout'' OR kind = ''renovation'' OR kind = ''construction'' OR kind = ''remediation'')')
WHERE type = 'table' AND name = 'project';

UPDATE sqlite_schema SET sql = replace(replace(sql,
    'consent IN (''agree'', ''disagree'', ''pending'')',
    '(consent = ''agree'' OR consent = ''disagree'' OR consent = ''pending'')'),
    'stage IN (''surveyed'', ''assessed'', ''negotiating'', ''signed'', ''vacated'', ''demolished'', ''withdrawn'')',
    '(stage = ''surveyed'' OR stage = ''assessed'' OR stage = ''negotiating'' OR stage = ''signed'' OR stage = ''vacated'' OR stage = ''demolished'' OR stage = ''withdrawn'')')
WHERE type = 'table' AND name = 'enrollment';

UPDATE sqlite_schema SET sql = replace(sql,
    'stage IN (''surveyed'', ''assessed'', ''negotiating'', ''signed'', ''vacated'', ''demolished'', ''withdrawn'')',
    '(stage = ''surveyed'' OR stage = ''assessed'' OR stage = ''negotiating'' OR stage = ''signed'' OR stage = ''vacated'' OR stage = ''demolished'' OR stage = ''withdrawn'')')
WHERE type = 'table' AND name = 'stage_event';

UPDATE sqlite_schema SET sql = replace(replace(replace(replace(replace(sql,
    'recheck_outcome IN (''supported'', ''explained'', ''not_supported'')',
    '(recheck_outcome = ''supported'' OR recheck_outcome = ''explained'' OR recheck_outcome = ''not_supported'')'),
    'review_outcome IN (''supported'', ''explained'', ''not_supported'')',
    '(review_outcome = ''supported'' OR review_outcome = ''explained'' OR review_outcome = ''not_supported'')'),
    'channel IN (''online'', ''letter'', ''visit'', ''phone'')',
    '(channel = ''online'' OR channel = ''letter'' OR channel = ''visit'' OR channel = ''phone'')'),
    'outcome IN (''supported'', ''explained'', ''not_supported'')',
    '(outcome = ''supported'' OR outcome = ''explained'' OR outcome = ''not_supported'')'),
    'status IN (''received'', ''accepted'', ''declined'', ''answered'', ''reviewing'', ''rechecking'', ''closed'')',
    '(status = ''received'' OR status = ''accepted'' OR status = ''declined'' OR status = ''answered'' OR status = ''reviewing'' OR status = ''rechecking'' OR status = ''closed'')')
WHERE type = 'table' AND name = 'petition';

UPDATE sqlite_schema SET sql = replace(sql,
    'action IN (''register'', ''accept'', ''decline'', ''extend'', ''answer'', ''review'', ''recheck'', ''close'', ''reopen'')',
    '(action = ''register'' OR action = ''accept'' OR action = ''decline'' OR action = ''extend'' OR action = ''answer'' OR action = ''review'' OR action = ''recheck'' OR action = ''close'' OR action = ''reopen'')')
WHERE type = 'table' AND name = 'petition_event';

UPDATE sqlite_schema SET sql = replace(sql,
    'aggregation IN (''sum'', ''last'', ''max'')',
    '(aggregation = ''sum'' OR aggregation = ''last'' OR aggregation = ''max'')')
WHERE type = 'table' AND name = 'indicator';

UPDATE sqlite_schema SET sql = replace(sql,
    'status IN (''running'', ''committed'', ''failed'', ''dry_run'')',
    '(status = ''running'' OR status = ''committed'' OR status = ''failed'' OR status = ''dry_run'')')
WHERE type = 'table' AND name = 'import_run';

-- Turns schema writing off and makes this connection read the new definitions.
PRAGMA writable_schema = RESET;

/*
** cameo.c - dyad's table of the CAMEO event codes and the lookups on it.
**
** Every code of the CAMEO 1.1b3 codebook (Schrodt 2012), in ascending strcmp order so that a
** lookup is a binary search.  Columns: code, Goldstein value (Goldstein 1992 as extended to
** CAMEO by GDELT), PLOVER event type, mode and context (PLOVER manual draft 0.8,
** CAMEO2PLOVER), and the codebook's name.  Where GDELT's lookup table names a code
** differently from the codebook (101-108 carry an earlier CAMEO revision's names there; 033
** and 2041 have typos), the codebook wins; cameo_test.c lists every such difference.
** PLOVER is NULL for roots 01 and 02, which CAMEO2PLOVER does not map (see cameo.h).
*/
#include <math.h>
#include <string.h>
#include "code/cameo.h"

static const dyad_cameo_event events[] = {
    {"01", 0.0, NULL, NULL, NULL, "MAKE PUBLIC STATEMENT"},
    {"010", 0.0, NULL, NULL, NULL, "Make statement, not specified below"},
    {"011", -0.1, NULL, NULL, NULL, "Decline comment"},
    {"012", -0.4, NULL, NULL, NULL, "Make pessimistic comment"},
    {"013", 0.4, NULL, NULL, NULL, "Make optimistic comment"},
    {"014", 0.0, NULL, NULL, NULL, "Consider policy option"},
    {"015", 0.0, NULL, NULL, NULL, "Acknowledge or claim responsibility"},
    {"016", -2.0, NULL, NULL, NULL, "Deny responsibility"},
    {"017", 0.0, NULL, NULL, NULL, "Engage in symbolic act"},
    {"018", 3.4, NULL, NULL, NULL, "Make empathetic comment"},
    {"019", 3.4, NULL, NULL, NULL, "Express accord"},

    {"02", 3.0, NULL, NULL, NULL, "APPEAL"},
    {"020", 3.0, NULL, NULL, NULL, "Appeal, not specified below"},
    {"021", 3.4, NULL, NULL, NULL, "Appeal for material cooperation, not specified below"},
    {"0211", 3.4, NULL, NULL, NULL, "Appeal for economic cooperation"},
    {"0212", 3.4, NULL, NULL, NULL, "Appeal for military cooperation"},
    {"0213", 3.4, NULL, NULL, NULL, "Appeal for judicial cooperation"},
    {"0214", 3.4, NULL, NULL, NULL, "Appeal for intelligence"},
    {"022", 3.2, NULL, NULL, NULL, "Appeal for diplomatic cooperation, such as policy support"},
    {"023", 3.4, NULL, NULL, NULL, "Appeal for aid, not specified below"},
    {"0231", 3.4, NULL, NULL, NULL, "Appeal for economic aid"},
    {"0232", 3.4, NULL, NULL, NULL, "Appeal for military aid"},
    {"0233", 3.4, NULL, NULL, NULL, "Appeal for humanitarian aid"},
    {"0234", 3.4, NULL, NULL, NULL, "Appeal for military protection or peacekeeping"},
    {"024", -0.3, NULL, NULL, NULL, "Appeal for political reform, not specified below"},
    {"0241", -0.3, NULL, NULL, NULL, "Appeal for change in leadership"},
    {"0242", -0.3, NULL, NULL, NULL, "Appeal for policy change"},
    {"0243", -0.3, NULL, NULL, NULL, "Appeal for rights"},
    {"0244", -0.3, NULL, NULL, NULL, "Appeal for change in institutions, regime"},
    {"025", -0.3, NULL, NULL, NULL, "Appeal to yield"},
    {"0251", -0.3, NULL, NULL, NULL, "Appeal for easing of administrative sanctions"},
    {"0252", -0.3, NULL, NULL, NULL, "Appeal for easing of popular dissent"},
    {"0253", -0.3, NULL, NULL, NULL, "Appeal for release of persons or property"},
    {"0254", -0.3, NULL, NULL, NULL, "Appeal for easing of economic sanctions, boycott, or embargo"},
    {"0255", -0.3, NULL, NULL, NULL, "Appeal for target to allow international involvement (non-mediation)"},
    {"0256", -0.3, NULL, NULL, NULL, "Appeal for de-escalation of military engagement"},
    {"026", 4.0, NULL, NULL, NULL, "Appeal to others to meet or negotiate"},
    {"027", 4.0, NULL, NULL, NULL, "Appeal to others to settle dispute"},
    {"028", 4.0, NULL, NULL, NULL, "Appeal to others to engage in or accept mediation"},

    {"03", 4.0, "AGREE", NULL, NULL, "EXPRESS INTENT TO COOPERATE"},
    {"030", 4.0, "AGREE", NULL, "diplomatic", "Express intent to cooperate, not specified below"},
    {"031", 5.2, "AGREE", NULL, "diplomatic", "Express intent to engage in material cooperation, not specified below"},
    {"0311", 5.2, "AGREE", NULL, "economic", "Express intent to cooperate economically"},
    {"0312", 5.2, "AGREE", NULL, "military", "Express intent to cooperate militarily"},
    {"0313", 5.2, "AGREE", NULL, "legal", "Express intent to cooperate on judicial matters"},
    {"0314", 5.2, "AGREE", NULL, "intelligence", "Express intent to cooperate on intelligence"},
    {"032", 4.5, "AGREE", NULL, "diplomatic", "Express intent to provide diplomatic cooperation such as policy support"},
    {"033", 5.2, "AGREE", NULL, "diplomatic", "Express intent to provide material aid, not specified below"},
    {"0331", 5.2, "AGREE", NULL, "economic", "Express intent to provide economic aid"},
    {"0332", 5.2, "AGREE", NULL, "military", "Express intent to provide military aid"},
    {"0333", 5.2, "AGREE", NULL, "humanitarian", "Express intent to provide humanitarian aid"},
    {"0334", 6.0, "AGREE", NULL, "peacekeeping", "Express intent to provide military protection or peacekeeping"},
    {"034", 7.0, "AGREE", NULL, "political_institutions", "Express intent to institute political reform, not specified below"},
    {"0341", 7.0, "AGREE", NULL, "political_institutions", "Express intent to change leadership"},
    {"0342", 7.0, "AGREE", NULL, "executive", "Express intent to change policy"},
    {"0343", 7.0, "AGREE", NULL, "rights_freedoms", "Express intent to provide rights"},
    {"0344", 7.0, "AGREE", NULL, "political_institutions", "Express intent to change institutions, regime"},
    {"035", 7.0, "AGREE", NULL, NULL, "Express intent to yield, not specified below"},
    {"0351", 7.0, "AGREE", NULL, "rights_freedoms", "Express intent to ease administrative sanctions"},
    {"0352", 7.0, "AGREE", NULL, NULL, "Express intent to ease popular dissent"},
    {"0353", 7.0, "AGREE", NULL, "rights_freedoms", "Express intent to release persons or property"},
    {"0354", 7.0, "AGREE", NULL, "economic", "Express intent to ease economic sanctions, boycott, or embargo"},
    {"0355", 7.0, "AGREE", NULL, "diplomatic", "Express intent allow international involvement (not mediation)"},
    {"0356", 7.0, "AGREE", NULL, "military", "Express intent to de-escalate military engagement"},
    {"036", 4.0, "AGREE", NULL, "diplomatic", "Express intent to meet or negotiate"},
    {"037", 5.0, "AGREE", NULL, "diplomatic", "Express intent to settle dispute"},
    {"038", 7.0, "AGREE", NULL, "diplomatic", "Express intent to accept mediation"},
    {"039", 5.0, "AGREE", NULL, "diplomatic", "Express intent to mediate"},

    {"04", 1.0, "CONSULT", NULL, NULL, "CONSULT"},
    {"040", 1.0, "CONSULT", NULL, NULL, "Consult, not specified below"},
    {"041", 1.0, "CONSULT", "phone", NULL, "Discuss by telephone"},
    {"042", 1.9, "CONSULT", "visit", NULL, "Make a visit"},
    {"043", 2.8, "CONSULT", "visit", NULL, "Host a visit"},
    {"044", 2.5, "CONSULT", "third-party", NULL, "Meet at a \"third\" location"},
    {"045", 5.0, "CONSULT", NULL, "diplomatic", "Mediate"},
    {"046", 7.0, "CONSULT", NULL, "diplomatic", "Engage in negotiation"},

    {"05", 3.5, "SUPPORT", NULL, NULL, "ENGAGE IN DIPLOMATIC COOPERATION"},
    {"050", 3.5, "SUPPORT", NULL, "diplomatic", "Engage in diplomatic cooperation, not specified below"},
    {"051", 3.4, "SUPPORT", NULL, "diplomatic", "Praise or endorse"},
    {"052", 3.5, "SUPPORT", NULL, "diplomatic", "Defend verbally"},
    {"053", 3.8, "SUPPORT", NULL, "diplomatic", "Rally support on behalf of"},
    {"054", 6.0, "SUPPORT", NULL, "diplomatic", "Grant diplomatic recognition"},
    {"055", 7.0, "SUPPORT", NULL, "diplomatic", "Apologize"},
    {"056", 7.0, "SUPPORT", NULL, "diplomatic", "Forgive"},
    {"057", 8.0, "SUPPORT", NULL, "diplomatic", "Sign formal agreement"},

    {"06", 6.0, "COOPERATE", NULL, NULL, "ENGAGE IN MATERIAL COOPERATION"},
    {"060", 6.0, "COOPERATE", NULL, NULL, "Engage in material cooperation, not specified below"},
    {"061", 6.4, "COOPERATE", NULL, "economic", "Cooperate economically"},
    {"062", 7.4, "COOPERATE", NULL, "military", "Cooperate militarily"},
    {"063", 7.4, "COOPERATE", NULL, "legal", "Engage in judicial cooperation"},
    {"064", 7.0, "COOPERATE", NULL, "intelligence", "Share intelligence or information"},

    {"07", 7.0, "AID", NULL, NULL, "PROVIDE AID"},
    {"070", 7.0, "AID", NULL, NULL, "Provide aid, not specified below"},
    {"071", 7.4, "AID", NULL, "economic", "Provide economic aid"},
    {"072", 8.3, "AID", NULL, "military", "Provide military aid"},
    {"073", 7.4, "AID", NULL, "humanitarian", "Provide humanitarian aid"},
    {"074", 8.5, "AID", NULL, "peacekeeping", "Provide military protection or peacekeeping"},
    {"075", 7.0, "AID", NULL, "asylum", "Grant asylum"},

    {"08", 5.0, "CONCEDE", NULL, NULL, "YIELD"},
    {"080", 5.0, "CONCEDE", NULL, NULL, "Yield, not specified below"},
    {"081", 5.0, "CONCEDE", NULL, "legal", "Ease administrative sanctions, not specified below"},
    {"0811", 5.0, "CONCEDE", NULL, "democracy", "Ease restrictions on political freedoms"},
    {"0812", 5.0, "CONCEDE", NULL, "democracy", "Ease ban on political parties or politicians"},
    {"0813", 5.0, "RETREAT", NULL, "legal", "Ease curfew"},
    {"0814", 5.0, "RETREAT", NULL, "legal", "Ease state of emergency or martial law"},
    {"082", 5.0, "CONCEDE", NULL, "democracy", "Ease political dissent"},
    {"083", 5.0, "CONCEDE", NULL, "political_institutions", "Accede to requests or demands for political reform not specified below"},
    {"0831", 5.0, "CONCEDE", NULL, "political_institutions", "Accede to demands for change in leadership"},
    {"0832", 5.0, "CONCEDE", NULL, "executive", "Accede to demands for change in policy"},
    {"0833", 5.0, "CONCEDE", NULL, "rights_freedoms", "Accede to demands for rights"},
    {"0834", 5.0, "CONCEDE", NULL, "political_institutions", "Accede to demands for change in institutions, regime"},
    {"084", 7.0, "RETREAT", NULL, NULL, "Return, release, not specified below"},
    {"0841", 7.0, "RETREAT", "release", "legal", "Return, release person(s)"},
    {"0842", 7.0, "RETREAT", "return", "legal", "Return, release property"},
    {"085", 7.0, "RETREAT", "ease", "economic", "Ease economic sanctions, boycott, embargo"},
    {"086", 9.0, "RETREAT", "access", "diplomatic", "Allow international involvement not specified below"},
    {"0861", 9.0, "RETREAT", "access", "peacekeeping", "Receive deployment of peacekeepers"},
    {"0862", 9.0, "RETREAT", "access", "diplomatic", "Receive inspectors"},
    {"0863", 9.0, "RETREAT", "access", "humanitarian", "Allow delivery of humanitarian aid"},
    {"087", 9.0, "RETREAT", "disarm", "military", "De-escalate military engagement"},
    {"0871", 9.0, "RETREAT", "ceasefire", "military", "Declare truce, ceasefire"},
    {"0872", 9.0, "RETREAT", "withdraw", "military", "Ease military blockade"},
    {"0873", 9.0, "RETREAT", "disarm", "military", "Demobilize armed forces"},
    {"0874", 10.0, "RETREAT", "disarm", "military", "Retreat or surrender militarily"},

    {"09", -2.0, "ACCUSE", NULL, NULL, "INVESTIGATE"},
    {"090", -2.0, "ACCUSE", "investigate", NULL, "Investigate, not specified below"},
    {"091", -2.0, "ACCUSE", "investigate", "crime; corruption", "Investigate crime, corruption"},
    {"092", -2.0, "ACCUSE", "investigate", "human_rights", "Investigate human rights abuses"},
    {"093", -2.0, "ACCUSE", "investigate", "military", "Investigate military action"},
    {"094", -2.0, "ACCUSE", "investigate", "military; legal", "Investigate war crimes"},

    {"10", -5.0, "REQUEST", NULL, NULL, "DEMAND"},
    {"100", -5.0, "REQUEST", NULL, NULL, "Demand, not specified below"},
    {"101", -5.0, "REQUEST", "assist", NULL, "Demand material cooperation, not specified below"},
    {"1011", -5.0, "REQUEST", "assist", "economic", "Demand economic cooperation"},
    {"1012", -5.0, "REQUEST", "assist", "military", "Demand military cooperation"},
    {"1013", -5.0, "REQUEST", "assist", "legal", "Demand judicial cooperation"},
    {"1014", -5.0, "REQUEST", "assist", "intelligence", "Demand intelligence cooperation"},
    {"102", -5.0, "REQUEST", "assist", "diplomatic", "Demand diplomatic cooperation, such as policy support"},
    {"103", -5.0, "REQUEST", "assist", NULL, "Demand material aid, not specified below"},
    {"1031", -5.0, "REQUEST", "assist", "economic", "Demand economic aid"},
    {"1032", -5.0, "REQUEST", "assist", "military", "Demand military aid"},
    {"1033", -5.0, "REQUEST", "assist", "humanitarian", "Demand humanitarian aid"},
    {"1034", -5.0, "REQUEST", "assist", "peacekeeping", "Demand military protection or peacekeeping"},
    {"104", -5.0, "REQUEST", "change", "political_institutions", "Demand political reform, not specified below"},
    {"1041", -5.0, "REQUEST", "change", "executive", "Demand change in leadership"},
    {"1042", -5.0, "REQUEST", "change", "executive", "Demand policy change"},
    {"1043", -5.0, "REQUEST", "change", "rights_freedoms", "Demand rights"},
    {"1044", -5.0, "REQUEST", "change", "political_institutions", "Demand change in institutions, regime"},
    {"105", -5.0, "REQUEST", "change", "legal", "Demand that target yields, not specified below"},
    {"1051", -5.0, "REQUEST", "yield", "legal", "Demand easing of administrative sanctions"},
    {"1052", -5.0, "REQUEST", "yield", "legal", "Demand easing of political dissent"},
    {"1053", -5.0, "REQUEST", "yield", "legal", "Demand release of persons or property"},
    {"1054", -5.0, "REQUEST", "yield", "economic", "Demand easing of economic sanctions, boycott, or embargo"},
    {"1055", -5.0, "REQUEST", "yield", "diplomatic", "Demand that target allows international involvement (non-mediation)"},
    {"1056", -5.0, "REQUEST", "yield", "military", "Demand de-escalation of military engagement"},
    {"106", -5.0, "REQUEST", "meet", "diplomatic", "Demand meeting, negotiation"},
    {"107", -5.0, "REQUEST", "meet", "diplomatic", "Demand settling of dispute"},
    {"108", -5.0, "REQUEST", "meet", "diplomatic", "Demand mediation"},

    {"11", -2.0, "ACCUSE", NULL, NULL, "DISAPPROVE"},
    {"110", -2.0, "ACCUSE", "disapprove", NULL, "Disapprove, not specified below"},
    {"111", -2.0, "ACCUSE", "disapprove", NULL, "Criticize or denounce"},
    {"112", -2.0, "ACCUSE", "disapprove", NULL, "Accuse, not specified below"},
    {"1121", -2.0, "ACCUSE", "allege", "crime; corruption", "Accuse of crime, corruption"},
    {"1122", -2.0, "ACCUSE", "allege", "human_rights", "Accuse of human rights abuses"},
    {"1123", -2.0, "ACCUSE", "allege", "military", "Accuse of aggression"},
    {"1124", -2.0, "ACCUSE", "allege", "military; legal", "Accuse of war crimes"},
    {"1125", -2.0, "ACCUSE", "allege", "legal", "Accuse of espionage, treason"},
    {"113", -2.0, "ACCUSE", "disapprove", NULL, "Rally opposition against"},
    {"114", -2.0, "ACCUSE", "allege", "diplomatic", "Complain officially"},
    {"115", -2.0, "ACCUSE", "allege", "legal", "Bring lawsuit against"},
    {"116", -2.0, "ACCUSE", "disapprove", "legal", "Find guilty or liable (legally)"},

    {"12", -4.0, "REJECT", NULL, NULL, "REJECT"},
    {"120", -4.0, "REJECT", NULL, NULL, "Reject, not specified below"},
    {"121", -4.0, "REJECT", "assist", NULL, "Reject material cooperation"},
    {"1211", -4.0, "REJECT", "assist", "economic", "Reject economic cooperation"},
    {"1212", -4.0, "REJECT", "assist", "military", "Reject military cooperation"},
    {"122", -4.0, "REJECT", "assist", NULL, "Reject request or demand for material aid, not specified below"},
    {"1221", -4.0, "REJECT", "assist", "economic", "Reject request for economic aid"},
    {"1222", -4.0, "REJECT", "assist", "military", "Reject request for military aid"},
    {"1223", -4.0, "REJECT", "assist", "humanitarian", "Reject request for humanitarian aid"},
    {"1224", -4.0, "REJECT", "assist", "peacekeeping", "Reject request for military protection or peacekeeping"},
    {"123", -4.0, "REJECT", "change", "political_institutions", "Reject request or demand for political reform, not specified below"},
    {"1231", -4.0, "REJECT", "change", "executive", "Reject request for change in leadership"},
    {"1232", -4.0, "REJECT", "change", "executive", "Reject request for policy change"},
    {"1233", -4.0, "REJECT", "change", "rights_freedoms", "Reject request for rights"},
    {"1234", -4.0, "REJECT", "change", "political_institutions", "Reject request for change in institutions, regime"},
    {"124", -4.0, "REJECT", "change", NULL, "Refuse to yield, not specified below"},
    {"1241", -4.0, "REJECT", "change", "executive", "Refuse to ease administrative sanctions"},
    {"1242", -4.0, "REJECT", "change", NULL, "Refuse to ease popular dissent"},
    {"1243", -4.0, "REJECT", "yield", "legal", "Refuse to release persons or property"},
    {"1244", -4.0, "REJECT", "yield", "economic", "Refuse to ease economic sanctions, boycott, or embargo"},
    {"1245", -4.0, "REJECT", "yield", "diplomatic", "Refuse to allow international involvement (non mediation)"},
    {"1246", -4.0, "REJECT", "yield", "military", "Refuse to de-escalate military engagement"},
    {"125", -5.0, "REJECT", "meet", "diplomatic", "Reject proposal to meet, discuss, or negotiate"},
    {"126", -5.0, "REJECT", "meet", "diplomatic", "Reject mediation"},
    {"127", -5.0, "REJECT", "meet", "diplomatic", "Reject plan, agreement to settle dispute"},
    {"128", -5.0, "REJECT", "yield", "legal", "Defy norms, law"},
    {"129", -5.0, "REJECT", "yield", "diplomatic", "Veto"},

    {"13", -6.0, "THREATEN", NULL, NULL, "THREATEN"},
    {"130", -4.4, "THREATEN", NULL, NULL, "Threaten, not specified below"},
    {"131", -5.8, "THREATEN", NULL, NULL, "Threaten non-force, not specified below"},
    {"1311", -5.8, "THREATEN", "relations", NULL, "Threaten to reduce or stop aid"},
    {"1312", -5.8, "THREATEN", "restrict", "economic", "Threaten to boycott, embargo, or sanction"},
    {"1313", -5.8, "THREATEN", "relations", "diplomatic", "Threaten to reduce or break relations"},
    {"132", -5.8, "THREATEN", "ban", "executive", "Threaten with administrative sanctions, not specified below"},
    {"1321", -5.8, "THREATEN", "political", "human_rights", "Threaten to impose restrictions on political freedoms"},
    {"1322", -5.8, "THREATEN", "ban", "pro_autocracy", "Threaten to ban political parties or politicians"},
    {"1323", -5.8, "THREATEN", "restrict", "pro_autocracy", "Threaten to impose curfew"},
    {"1324", -5.8, "THREATEN", "restrict", "pro_autocracy", "Threaten to impose state of emergency or martial law"},
    {"133", -5.8, "THREATEN", "relations", NULL, "Threaten political dissent, protest"},
    {"134", -5.8, "THREATEN", "relations", "diplomatic", "Threaten to halt negotiations"},
    {"135", -5.8, "THREATEN", "relations", "diplomatic", "Threaten to halt mediation"},
    {"136", -7.0, "THREATEN", "expel", "diplomatic", "Threaten to halt international involvement (non-mediation)"},
    {"137", -7.0, "THREATEN", "violence", "pro_autocracy", "Threaten with violent repression"},
    {"138", -7.0, "THREATEN", "violence", "military", "Threaten to use military force, not specified below"},
    {"1381", -7.0, "THREATEN", "restrict", "military", "Threaten blockade"},
    {"1382", -7.0, "THREATEN", "territory", "military", "Threaten occupation"},
    {"1383", -7.0, "THREATEN", "violence", "military", "Threaten unconventional violence"},
    {"1384", -7.0, "THREATEN", "violence", "military", "Threaten conventional attack"},
    {"1385", -7.0, "THREATEN", "violence", "cbrn", "Threaten attack with WMD"},
    {"139", -7.0, "THREATEN", "relations", "diplomatic", "Give ultimatum"},

    {"14", -6.5, "PROTEST", NULL, NULL, "PROTEST"},
    {"140", -6.5, "PROTEST", NULL, NULL, "Engage in political dissent, not specified below"},
    {"141", -6.5, "PROTEST", "demo", NULL, "Demonstrate or rally"},
    {"1411", -6.5, "PROTEST", "demo", "executive", "Demonstrate for leadership change"},
    {"1412", -6.5, "PROTEST", "demo", "executive", "Demonstrate for policy change"},
    {"1413", -6.5, "PROTEST", "demo", "rights_freedoms", "Demonstrate for rights"},
    {"1414", -6.5, "PROTEST", "demo", "political_institutions", "Demonstrate for change in institutions, regime"},
    {"142", -6.5, "PROTEST", "hunger", NULL, "Conduct hunger strike, not specified below"},
    {"1421", -6.5, "PROTEST", "hunger", "executive", "Conduct hunger strike for leadership change"},
    {"1422", -6.5, "PROTEST", "hunger", "executive", "Conduct hunger strike for policy change"},
    {"1423", -6.5, "PROTEST", "hunger", "rights_freedoms", "Conduct hunger strike for rights"},
    {"1424", -6.5, "PROTEST", "hunger", "political_institutions", "Conduct hunger strike for change in institutions, regime"},
    {"143", -6.5, "PROTEST", "boycott", NULL, "Conduct strike or boycott, not specified below"},
    {"1431", -6.5, "PROTEST", "boycott", "executive", "Conduct strike or boycott for leadership change"},
    {"1432", -6.5, "PROTEST", "boycott", "executive", "Conduct strike or boycott for policy change"},
    {"1433", -6.5, "PROTEST", "boycott", "rights_freedoms", "Conduct strike or boycott for rights"},
    {"1434", -6.5, "PROTEST", "boycott", "political_institutions", "Conduct strike or boycott for change in institutions, regime"},
    {"144", -7.5, "PROTEST", "obstruct", NULL, "Obstruct passage, block"},
    {"1441", -7.5, "PROTEST", "obstruct", "executive", "Obstruct passage to demand leadership change"},
    {"1442", -7.5, "PROTEST", "obstruct", "executive", "Obstruct passage to demand policy change"},
    {"1443", -7.5, "PROTEST", "obstruct", "rights_freedoms", "Obstruct passage to demand rights"},
    {"1444", -7.5, "PROTEST", "obstruct", "political_institutions", "Obstruct passage to demand change in institutions, regime"},
    {"145", -7.5, "PROTEST", "riot", NULL, "Protest violently, riot"},
    {"1451", -7.5, "PROTEST", "riot", "executive", "Engage in violent protest for leadership change"},
    {"1452", -7.5, "PROTEST", "riot", "executive", "Engage in violent protest for policy change"},
    {"1453", -7.5, "PROTEST", "riot", "rights_freedoms", "Engage in violent protest for rights"},
    {"1454", -7.5, "PROTEST", "riot", "political_institutions", "Engage in violent protest for change in institutions, regime"},

    {"15", -7.2, "MOBILIZE", NULL, NULL, "EXHIBIT FORCE POSTURE"},
    {"150", -7.2, "MOBILIZE", NULL, NULL, "Demonstrate military or police power, not specified below"},
    {"151", -7.2, "MOBILIZE", "police", NULL, "Increase police alert status"},
    {"152", -7.2, "MOBILIZE", "troops", "military", "Increase military alert status"},
    {"153", -7.2, "MOBILIZE", "police", NULL, "Mobilize or increase police power"},
    {"154", -7.2, "MOBILIZE", "troops", "military", "Mobilize or increase armed forces"},

    {"16", -4.0, "SANCTION", NULL, NULL, "REDUCE RELATIONS"},
    {"160", -4.0, "SANCTION", NULL, NULL, "Reduce relations, not specified below"},
    {"161", -4.0, "SANCTION", "withdraw", "diplomatic", "Reduce or break diplomatic relations"},
    {"162", -5.6, "SANCTION", "discontinue", "human_security", "Reduce or stop aid, not specified below"},
    {"1621", -5.6, "SANCTION", "discontinue", "economic", "Reduce or stop economic assistance"},
    {"1622", -5.6, "SANCTION", "discontinue", "military", "Reduce or stop military assistance"},
    {"1623", -5.6, "SANCTION", "discontinue", "humanitarian", "Reduce or stop humanitarian assistance"},
    {"163", -8.0, "COERCE", "restrict", "diplomatic", "Impose embargo, boycott, or sanctions"},
    {"164", -7.0, "SANCTION", "withdraw", "diplomatic", "Halt negotiations"},
    {"165", -6.5, "SANCTION", "withdraw", "diplomatic", "Halt mediation"},
    {"166", -7.0, "SANCTION", "expel", "diplomatic", "Expel or withdraw, not specified below"},
    {"1661", -7.0, "SANCTION", "expel", "military", "Expel or withdraw peacekeepers"},
    {"1662", -7.0, "SANCTION", "expel", "diplomatic", "Expel or withdraw inspectors, observers"},
    {"1663", -7.0, "SANCTION", "expel", "human_security", "Expel or withdraw aid agencies"},

    {"17", -7.0, "COERCE", NULL, NULL, "COERCE"},
    {"170", -7.0, "COERCE", NULL, NULL, "Coerce, not specified below"},
    {"171", -9.2, "COERCE", "seize", "human_security", "Seize or damage property, not specified below"},
    {"1711", -9.2, "COERCE", "seize", "human_security", "Confiscate property"},
    {"1712", -9.2, "ASSAULT", "seize", "human_security", "Destroy property"},
    {"172", -5.0, "COERCE", "restrict", "executive", "Impose administrative sanctions, not specified below"},
    {"1721", -5.0, "COERCE", "restrict", "rights_freedoms", "Impose restrictions on political freedoms"},
    {"1722", -5.0, "COERCE", "ban", "pro_autocracy", "Ban political parties or politicians"},
    {"1723", -5.0, "COERCE", "curfew", "pro_autocracy", "Impose curfew"},
    {"1724", -5.0, "COERCE", "martial-law", "pro_autocracy", "Impose state of emergency or martial law"},
    {"173", -5.0, "COERCE", "arrest", "legal", "Arrest, detain, or charge with legal action"},
    {"174", -5.0, "COERCE", "deport", "legal", "Expel or deport individuals"},
    {"175", -9.0, "ASSAULT", "pro_autocracy", "military", "Use tactics of violent repression"},

    {"18", -9.0, "ASSAULT", NULL, NULL, "ASSAULT"},
    {"180", -9.0, "ASSAULT", NULL, NULL, "Use unconventional violence, not specified below"},
    {"181", -9.0, "ASSAULT", "abduct", NULL, "Abduct, hijack, or take hostage"},
    {"182", -9.5, "ASSAULT", "beat", NULL, "Physically assault, not specified below"},
    {"1821", -9.0, "ASSAULT", "sexual", NULL, "Sexually assault"},
    {"1822", -9.0, "ASSAULT", "torture", NULL, "Torture"},
    {"1823", -10.0, "ASSAULT", NULL, NULL, "Kill by physical assault"},
    {"183", -10.0, "ASSAULT", "suicide-attack", NULL, "Conduct suicide, car, or other non-military bombing, not spec below"},
    {"1831", -10.0, "ASSAULT", "suicide-attack", NULL, "Carry out suicide bombing"},
    {"1832", -10.0, "ASSAULT", "explosives", NULL, "Carry out car bombing"},
    {"1833", -10.0, "ASSAULT", "explosives", NULL, "Carry out roadside bombing"},
    {"184", -8.0, "ASSAULT", "abduct", NULL, "Use as human shield"},
    {"185", -8.0, "ASSAULT", "assassinate", NULL, "Attempt to assassinate"},
    {"186", -10.0, "ASSAULT", "assassinate", NULL, "Assassinate"},

    {"19", -10.0, "ASSAULT", NULL, NULL, "FIGHT"},
    {"190", -10.0, "ASSAULT", NULL, "military", "Use conventional military force, not specified below"},
    {"191", -9.5, "COERCE", "restrict", "military", "Impose blockade, restrict movement"},
    {"192", -9.5, "COERCE", "seize", "military", "Occupy territory"},
    {"193", -10.0, "ASSAULT", "firearms", "military", "Fight with small arms and light weapons"},
    {"194", -10.0, "ASSAULT", "heavy-weapons", "military", "Fight with artillery and tanks"},
    {"195", -10.0, "ASSAULT", "heavy-weapons", "military", "Employ aerial weapons"},
    {"196", -9.5, "ASSAULT", NULL, "legal; military", "Violate ceasefire"},

    {"20", -10.0, "ASSAULT", NULL, NULL, "USE UNCONVENTIONAL MASS VIOLENCE"},
    {"200", -10.0, "ASSAULT", "massacre", "military", "Use unconventional mass violence, not specified below"},
    {"201", -9.5, "ASSAULT", "cleansing", "religion_ethnicity", "Engage in mass expulsion"},
    {"202", -10.0, "ASSAULT", "massacre", "religion_ethnicity", "Engage in mass killings"},
    {"203", -10.0, "ASSAULT", "cleansing", "religion_ethnicity", "Engage in ethnic cleansing"},
    {"204", -10.0, "ASSAULT", "unconventional", "cbrn", "Use weapons of mass destruction, not specified below"},
    {"2041", -10.0, "ASSAULT", "unconventional", "cbrn", "Use chemical, biological, or radiological weapons"},
    {"2042", -10.0, "ASSAULT", "unconventional", "cbrn", "Detonate nuclear weapons"},
};

#define N_EVENTS ((int)(sizeof events / sizeof events[0]))

int dyad_cameo_count(void) {
    return N_EVENTS;
}

const dyad_cameo_event *dyad_cameo_at(int i) {
    return i >= 0 && i < N_EVENTS ? &events[i] : NULL;
}

/* Compare the n bytes at a with the NUL-terminated b, in strcmp order. */
static int compare(const char *a, size_t n, const char *b) {
    size_t m = strlen(b);
    int c = memcmp(a, b, n < m ? n : m);
    if (c) return c;
    return n < m ? -1 : n > m;
}

const dyad_cameo_event *dyad_cameo_lookupn(const char *code, size_t n) {
    if (!code) return NULL;
    int lo = 0, hi = N_EVENTS - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int c = compare(code, n, events[mid].code);
        if (c == 0) return &events[mid];
        if (c < 0) hi = mid - 1;
        else lo = mid + 1;
    }
    return NULL;
}

const dyad_cameo_event *dyad_cameo_lookup(const char *code) {
    return code ? dyad_cameo_lookupn(code, strlen(code)) : NULL;
}

const char *dyad_cameo_root(const char *code) {
    const dyad_cameo_event *e = dyad_cameo_lookup(code);
    return e ? dyad_cameo_lookupn(e->code, 2)->code : NULL;
}

/* QuadClass by root code, GDELT's convention (see cameo.h). */
int dyad_cameo_quad_class(const char *code) {
    const char *root = dyad_cameo_root(code);
    if (!root) return 0;
    int r = (root[0] - '0') * 10 + (root[1] - '0');
    return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

double dyad_cameo_goldstein(const char *code) {
    const dyad_cameo_event *e = dyad_cameo_lookup(code);
    return e ? e->goldstein : NAN;
}

const char *dyad_cameo_plover(const char *code) {
    const dyad_cameo_event *e = dyad_cameo_lookup(code);
    return e ? e->plover : NULL;
}

dyad_cameo_status dyad_cameo_check(const char *code, size_t n) {
    if (!code || n < 2 || n > 4) return DYAD_CAMEO_MALFORMED;
    for (size_t i = 0; i < n; i++)
        if (code[i] < '0' || code[i] > '9') return DYAD_CAMEO_MALFORMED;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root < 1 || root > 20) return DYAD_CAMEO_MALFORMED;
    return dyad_cameo_lookupn(code, n) ? DYAD_CAMEO_VALID : DYAD_CAMEO_UNLISTED;
}

const dyad_cameo_event *dyad_cameo_nearest(const char *code, size_t n) {
    if (dyad_cameo_check(code, n) == DYAD_CAMEO_MALFORMED) return NULL;
    for (; n >= 2; n--) {
        const dyad_cameo_event *e = dyad_cameo_lookupn(code, n);
        if (e) return e;
    }
    return NULL;
}

/* ------------------------------------------------ acts announced, refused, demanded */

/* One rule of a counterpart table: a code starting with from becomes to. */
typedef struct counterpart {
    const char *from, *to;
} counterpart;

/*
** The codebook's parallel sub-codes: 03 EXPRESS INTENT TO COOPERATE lists, in order, the intent
** to do what 06 (031x), 05 (032), 07 (033x), 08's reform (034x) and the rest of 08 (035x), 04
** (036, 039 for mediation) do; 13 THREATEN lists the threat of 16 (131x, 134-136), 17 (132x,
** 137), 18-20 (138x) and 14 (133); 10 DEMAND and 12 REJECT repeat 03's order.
*/
static const counterpart intent_of[] = {
    {"04", "036"}, {"045", "039"},
    {"05", "032"}, {"057", "030"},
    {"06", "031"}, {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"},
    {"07", "033"}, {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"},
    {"08", "035"}, {"081", "0351"}, {"082", "0352"}, {"083", "034"}, {"0831", "0341"},
    {"0832", "0342"}, {"0833", "0343"}, {"0834", "0344"}, {"084", "0353"}, {"085", "0354"},
    {"086", "0355"}, {"087", "0356"},
    {NULL, NULL}};

static const counterpart threat_of[] = {
    {"14", "133"},
    {"16", "131"}, {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"164", "134"},
    {"165", "135"}, {"166", "136"},
    {"17", "137"}, {"170", "130"}, {"172", "132"}, {"1721", "1321"}, {"1722", "1322"},
    {"1723", "1323"}, {"1724", "1324"},
    {"18", "1383"},
    {"19", "138"}, {"191", "1381"}, {"192", "1382"}, {"193", "1384"}, {"194", "1384"},
    {"195", "1384"}, {"196", "1384"},
    {"20", "1383"}, {"204", "1385"},
    {NULL, NULL}};

static const counterpart reject_of[] = {
    {"03", "120"}, {"031", "121"}, {"0311", "1211"}, {"0312", "1212"},
    {"033", "122"}, {"0331", "1221"}, {"0332", "1222"}, {"0333", "1223"}, {"0334", "1224"},
    {"034", "123"}, {"0341", "1231"}, {"0342", "1232"}, {"0343", "1233"}, {"0344", "1234"},
    {"035", "124"}, {"0351", "1241"}, {"0352", "1242"}, {"0353", "1243"}, {"0354", "1244"},
    {"0355", "1245"}, {"0356", "1246"},
    {"036", "125"}, {"037", "127"}, {"038", "126"}, {"039", "126"},
    {NULL, NULL}};

/* The table's code for a listed code (the rule with the longest matching prefix), or NULL. */
static const char *counterpart_code(const counterpart *t, const char *code) {
    const dyad_cameo_event *e = dyad_cameo_lookup(code);
    if (!e) return NULL;
    const char *to = NULL;
    size_t best = 0;
    for (; t->from; t++) {
        size_t n = strlen(t->from);
        if (n > best && strncmp(e->code, t->from, n) == 0) {
            best = n;
            to = t->to;
        }
    }
    const dyad_cameo_event *r = to ? dyad_cameo_lookup(to) : NULL;
    return r ? r->code : NULL;
}

const char *dyad_cameo_intent(const char *code) {
    const dyad_cameo_event *e = dyad_cameo_lookup(code);
    if (e && strncmp(e->code, "03", 2) == 0) return e->code;
    return counterpart_code(intent_of, code);
}

const char *dyad_cameo_threat(const char *code) {
    const dyad_cameo_event *e = dyad_cameo_lookup(code);
    if (e && strncmp(e->code, "13", 2) == 0) return e->code;
    return counterpart_code(threat_of, code);
}

const char *dyad_cameo_reject(const char *code) {
    const char *i = dyad_cameo_intent(code);
    return i ? counterpart_code(reject_of, i) : NULL;
}

const char *dyad_cameo_demand(const char *code) {
    const char *i = dyad_cameo_intent(code);
    if (!i) return NULL;
    char d[5];
    size_t n = strlen(i);
    if (n > 4) return NULL;
    d[0] = '1';
    d[1] = '0';
    memcpy(d + 2, i + 2, n - 2);
    /* 039 (intent to mediate) has no 109: a demand for mediation is 108 */
    if (n == 3 && i[2] == '9') d[2] = '8';
    const dyad_cameo_event *r = dyad_cameo_nearest(d, n);
    return r ? r->code : NULL;
}

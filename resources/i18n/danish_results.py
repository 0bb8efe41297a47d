"""Danish for the strings of the results view: figures per law and changes not computed."""

DANISH: dict[tuple[str, str], str] = {
    ("ResultTable", "Law"): "Lov",
    ("ResultTable", "Both laws (total)"): "Begge love (i alt)",
    ("ResultTable", "Children's Act"): "Barnets lov",
    ("ResultTable", "Social Services Act"): "Serviceloven",
    ("ResultTable", "Not comparable: %1"): "Ikke sammenlignelig: %1",
    ("ResultTable", "Not comparable"): "Ikke sammenlignelig",
    (
        "ResultTable",
        "Each case is judged by the law in force on its decision date; a requirement "
        "judged under both laws shows the total and then each law with its own n.",
    ): "Hver sag vurderes efter den lov, der gjaldt på afgørelsesdatoen; et krav, der er "
    "vurderet efter begge love, viser det samlede tal og derefter hver lov med sit eget n.",
    (
        "ResultTable",
        "One of its requirements differs in substance between the rounds' laws; "
        "see the requirements above.",
    ): "Et af kravene er forskelligt i indhold efter de to runders love; se kravene ovenfor.",
    (
        "ResultsChart",
        " (* not comparable between the rounds' laws)",
    ): " (* ikke sammenligneligt mellem rundernes love)",
}

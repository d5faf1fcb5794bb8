namespace OtSim.Client.Web;

/// <summary>Maps a scenario field path (from <see cref="Model.Scenarios.ScenarioException.FieldPath"/>) back to the staffing form's field.</summary>
public static class FormFields
{
    private static readonly (string Path, string Field)[] Map =
    [
        ("name", "name"),
        ("seed", "seed"),
        ("replications", "replications"),
        ("staffing.therapists", "therapists"),
        ("staffing.fte", "fte"),
        ("staffing.salaryPerFte", "salaryPerFte"),
        ("staffing.vacancies.rate", "vacancyRate"),
        ("staffing.vacancies.weeks", "vacancyWeeks"),
        ("staffing.vacancies.coverageShare", "coverageShare"),
        ("churn.referralsPerSchoolPerWeek", "referralRate"),
        ("district.schools", "schools"),
        ("district.classroomsPerSchool", "classroomsPerSchool"),
        ("district.studentsPerClassroom", "studentsPerClassroom"),
        // classSize defaults to the students per classroom, so a too-large classSize comes from that field.
        ("district.classSize", "studentsPerClassroom"),
        ("district.severityMix.mild", "mild"),
        ("district.severityMix.moderate", "moderate"),
        ("district.severityMix.severe", "severe"),
        ("district.severityMix", "severityMix"),
        ("district.collaboration.mean", "collaboration"),
        ("policies[0].kind", "policy"),
        ("policies[0].name", "policy"),
        ("policies[0].direct", "direct"),
        ("policies[0].integrated", "integrated"),
        ("policies[0].consult", "consult"),
        ("policies[0].sessionsPerWeek", "sessionsPerWeek"),
        ("policies[0].groupSize", "groupSize"),
        ("policies[0].bySeverity.mild", "mildDirect"),
        ("policies[0].bySeverity.moderate", "moderateDirect"),
        ("policies[0].bySeverity.severe", "severeDirect"),
    ];

    /// <summary>The form field for a scenario path: the longest mapped prefix, or <c>form</c> when none matches.</summary>
    public static string FieldOf(string scenarioPath) =>
        Map.Where(m => scenarioPath == m.Path || scenarioPath.StartsWith(m.Path + ".", StringComparison.Ordinal))
            .OrderByDescending(m => m.Path.Length)
            .Select(m => m.Field)
            .FirstOrDefault() ?? "form";
}

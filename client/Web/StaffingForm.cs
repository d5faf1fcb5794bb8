using System.Text.Json.Nodes;

namespace OtSim.Client.Web;

/// <summary>
/// The staffing explorer's form, one property per form field (the page's input names). Empty fields are null and are
/// left out of the scenario, so the scenario rules report them as required. One service policy per run.
/// </summary>
public sealed record StaffingForm
{
    /// <summary>Scenario name (letters, digits, '-', '_').</summary>
    public string? Name { get; init; }

    /// <summary>Seed.</summary>
    public double? Seed { get; init; }

    /// <summary>Replications.</summary>
    public double? Replications { get; init; }

    /// <summary>Number of therapists.</summary>
    public double? Therapists { get; init; }

    /// <summary>FTE of each therapist (0.1-1).</summary>
    public double? Fte { get; init; }

    /// <summary>Salary per FTE (for cost).</summary>
    public double? SalaryPerFte { get; init; }

    /// <summary>Share of positions vacant at any time (0-0.5; staffing.vacancies.rate).</summary>
    public double? VacancyRate { get; init; }

    /// <summary>Calendar weeks each drawn vacancy lasts (staffing.vacancies.weeks).</summary>
    public double? VacancyWeeks { get; init; }

    /// <summary>Share of colleagues' time covering a vacant caseload in their schools (0-1; staffing.vacancies.coverageShare).</summary>
    public double? CoverageShare { get; init; }

    /// <summary>Referrals for an OT evaluation per school per school week (0-5; churn.referralsPerSchoolPerWeek).</summary>
    public double? ReferralRate { get; init; }

    /// <summary>Most students per direct or push-in session (policy groupSize).</summary>
    public double? GroupSize { get; init; }

    /// <summary>Schools.</summary>
    public double? Schools { get; init; }

    /// <summary>Classrooms per school.</summary>
    public double? ClassroomsPerSchool { get; init; }

    /// <summary>Students with OT per classroom.</summary>
    public double? StudentsPerClassroom { get; init; }

    /// <summary>Share of mild students (0-1).</summary>
    public double? Mild { get; init; }

    /// <summary>Share of moderate students (0-1).</summary>
    public double? Moderate { get; init; }

    /// <summary>Share of severe students (0-1).</summary>
    public double? Severe { get; init; }

    /// <summary>Teachers' mean collaboration level (0-1).</summary>
    public double? Collaboration { get; init; }

    /// <summary>Policy kind: blanket, collaborative, needs-based or three-to-one.</summary>
    public string? Policy { get; init; }

    /// <summary>Weekly pull-out minutes.</summary>
    public double? Direct { get; init; }

    /// <summary>Weekly push-in minutes.</summary>
    public double? Integrated { get; init; }

    /// <summary>Weekly teacher consultation minutes.</summary>
    public double? Consult { get; init; }

    /// <summary>Sessions per week.</summary>
    public double? SessionsPerWeek { get; init; }

    /// <summary>Needs-based: weekly pull-out minutes for mild students.</summary>
    public double? MildDirect { get; init; }

    /// <summary>Needs-based: weekly pull-out minutes for moderate students.</summary>
    public double? ModerateDirect { get; init; }

    /// <summary>Needs-based: weekly pull-out minutes for severe students.</summary>
    public double? SevereDirect { get; init; }

    /// <summary>Policy kinds the form offers (per-student plans need a file, which a page may not name).</summary>
    public static IReadOnlyList<string> PolicyKinds { get; } = ["blanket", "collaborative", "needs-based", "three-to-one"];

    /// <summary>The scenario file this form describes (calendar and routine as in the shipped scenarios).</summary>
    public string ToScenarioJson()
    {
        var district = new JsonObject();
        Put(district, "schools", Schools);
        Put(district, "classroomsPerSchool", ClassroomsPerSchool);
        Put(district, "studentsPerClassroom", StudentsPerClassroom);
        var mix = new JsonObject();
        Put(mix, "mild", Mild);
        Put(mix, "moderate", Moderate);
        Put(mix, "severe", Severe);
        district["severityMix"] = mix;
        var collaboration = new JsonObject();
        Put(collaboration, "mean", Collaboration);
        collaboration["sd"] = 0.25;
        district["collaboration"] = collaboration;
        district["routine"] = new JsonObject { ["blocksPerWeek"] = 10, ["blockMinutes"] = 10 };

        var staffing = new JsonObject();
        Put(staffing, "therapists", Therapists);
        Put(staffing, "fte", Fte);
        Put(staffing, "salaryPerFte", SalaryPerFte);
        if (VacancyRate is not null || VacancyWeeks is not null || CoverageShare is not null)
        {
            var vacancies = new JsonObject();
            Put(vacancies, "rate", VacancyRate);
            Put(vacancies, "weeks", VacancyWeeks);
            Put(vacancies, "coverageShare", CoverageShare);
            staffing["vacancies"] = vacancies;
        }

        var root = new JsonObject
        {
            ["name"] = Name ?? "staffing-explorer",
            ["description"] = "Made in the staffing explorer of otsim serve.",
        };
        Put(root, "seed", Seed);
        Put(root, "replications", Replications);
        root["calendar"] = new JsonObject
        {
            ["weeks"] = 36,
            ["holidayWeeks"] = new JsonArray(12, 17, 18, 27),
            ["testingWeeks"] = new JsonArray(31, 32),
        };
        root["district"] = district;
        root["staffing"] = staffing;
        root["policies"] = new JsonArray(PolicyJson());
        if (ReferralRate is not null)
        {
            var churn = new JsonObject();
            Put(churn, "referralsPerSchoolPerWeek", ReferralRate);
            root["churn"] = churn;
        }
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private JsonObject PolicyJson()
    {
        var policy = new JsonObject { ["name"] = Policy ?? "policy" };
        if (Policy is not null)
        {
            policy["kind"] = Policy;
        }
        Put(policy, "sessionsPerWeek", SessionsPerWeek);
        Put(policy, "groupSize", GroupSize);
        if (Policy == "needs-based")
        {
            var bands = new JsonObject();
            PutBand(bands, "mild", MildDirect);
            PutBand(bands, "moderate", ModerateDirect);
            PutBand(bands, "severe", SevereDirect);
            policy["bySeverity"] = bands;
        }
        else
        {
            Put(policy, "direct", Direct);
            Put(policy, "integrated", Integrated);
            Put(policy, "consult", Consult);
        }
        return policy;
    }

    private static void PutBand(JsonObject bands, string band, double? direct)
    {
        var minutes = new JsonObject();
        Put(minutes, "direct", direct);
        bands[band] = minutes;
    }

    private static void Put(JsonObject target, string name, double? value)
    {
        if (value is { } v)
        {
            target[name] = v;
        }
    }
}

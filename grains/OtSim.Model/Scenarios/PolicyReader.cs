using System.Text.Json;

namespace OtSim.Model.Scenarios;

/// <summary>Reads the <c>policies</c> list of a scenario.</summary>
internal static class PolicyReader
{
    private static readonly Dictionary<string, PolicyKind> Kinds = new(StringComparer.Ordinal)
    {
        ["blanket"] = PolicyKind.Blanket,
        ["needs-based"] = PolicyKind.NeedsBased,
        ["collaborative"] = PolicyKind.Collaborative,
        ["three-to-one"] = PolicyKind.ThreeToOne,
        ["per-student"] = PolicyKind.PerStudent,
        ["responsive"] = PolicyKind.Responsive,
    };

    public static string KindName(PolicyKind kind) => Kinds.First(k => k.Value == kind).Key;

    public static IReadOnlyList<PolicySpec> Read(JsonFieldReader root, string scenarioDirectory)
    {
        var array = root.Required("policies");
        string path = root.Child("policies");
        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            throw new ScenarioException(root.File, path, JsonFieldReader.Describe(array), "it must be a non-empty list of policies");
        }
        var policies = new List<PolicySpec>();
        int index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var reader = new JsonFieldReader(root.File, $"{path}[{index++}]", item);
            var policy = ReadOne(reader, scenarioDirectory);
            if (policies.Any(p => p.Name == policy.Name))
            {
                throw reader.Error("name", $"\"{policy.Name}\"", "policy names must be unique");
            }
            policies.Add(policy);
        }
        return policies;
    }

    private static PolicySpec ReadOne(JsonFieldReader reader, string scenarioDirectory)
    {
        string name = reader.String("name");
        string kindText = reader.String("kind");
        if (!Kinds.TryGetValue(kindText, out var kind))
        {
            throw reader.Error("kind", $"\"{kindText}\"", $"allowed policy kinds are: {string.Join(", ", Kinds.Keys)}");
        }
        var minutes = ReadMinutes(reader);
        int sessions = reader.Integer("sessionsPerWeek", 0, ScenarioLimits.MaxSessionsPerWeek, 1);
        int groupSize = reader.Integer("groupSize", 1, ScenarioLimits.MaxGroupSize, 1);
        IReadOnlyDictionary<SeverityBand, ServiceMinutes>? bySeverity = null;
        string? plansFile = null;
        IReadOnlyDictionary<long, ServiceMinutes>? plans = null;
        ResponsiveSpec? responsive = null;
        if (kind == PolicyKind.Responsive)
        {
            responsive = ResponsiveReader.Read(reader.OptionalObject("responsive"));
            if (sessions == 0)
            {
                throw reader.Error("sessionsPerWeek", "0", "a responsive policy may add session minutes at a review, so it needs at least 1");
            }
        }
        if (kind == PolicyKind.NeedsBased || (kind == PolicyKind.Responsive && reader.Has("bySeverity")))
        {
            var bands = reader.Object("bySeverity");
            bySeverity = new Dictionary<SeverityBand, ServiceMinutes>
            {
                [SeverityBand.Mild] = ReadMinutes(bands.Object("mild")),
                [SeverityBand.Moderate] = ReadMinutes(bands.Object("moderate")),
                [SeverityBand.Severe] = ReadMinutes(bands.Object("severe")),
            };
            bands.RejectUnknown();
        }
        else if (kind == PolicyKind.PerStudent)
        {
            if (reader.Has("plans"))
            {
                plans = ReadInlinePlans(reader);
            }
            else
            {
                string relative = reader.String("file");
                plansFile = Path.GetFullPath(Path.Combine(scenarioDirectory, relative));
                plans = StudentPlanCsv.Read(plansFile);
            }
        }
        if (sessions == 0 && (minutes.Direct > 0 || minutes.Integrated > 0))
        {
            throw reader.Error("sessionsPerWeek", "0", "it must be at least 1 when direct or integrated minutes are given");
        }
        reader.RejectUnknown();
        return new PolicySpec(name, kind, minutes, sessions, bySeverity, plansFile, plans, groupSize, responsive);
    }

    private static Dictionary<long, ServiceMinutes> ReadInlinePlans(JsonFieldReader reader)
    {
        var array = reader.Required("plans");
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw reader.Error("plans", JsonFieldReader.Describe(array), "it must be a list of { studentId, direct, integrated, consult }");
        }
        var plans = new Dictionary<long, ServiceMinutes>();
        int index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var entry = new JsonFieldReader(reader.File, $"{reader.Child("plans")}[{index++}]", item);
            double id = entry.Number("studentId", 1, long.MaxValue / 2);
            var minutes = ReadMinutes(entry);
            entry.RejectUnknown();
            if (!plans.TryAdd((long)id, minutes))
            {
                throw entry.Error("studentId", JsonFieldReader.Format(id), "each student may appear once");
            }
        }
        return plans;
    }

    private static ServiceMinutes ReadMinutes(JsonFieldReader reader)
    {
        double direct = reader.Number("direct", 0, ScenarioLimits.MaxWeeklyMinutes, 0);
        double integrated = reader.Number("integrated", 0, ScenarioLimits.MaxWeeklyMinutes, 0);
        double consult = reader.Number("consult", 0, ScenarioLimits.MaxWeeklyMinutes, 0);
        return new ServiceMinutes(direct, integrated, consult);
    }
}

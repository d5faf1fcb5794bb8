using OtSim.Analysis.Data;

namespace OtSim.Analysis.Tests.Data;

public sealed class PersonalDataGuardTests
{
    [Theory]
    [InlineData("name")]
    [InlineData("student_name")]
    [InlineData("first_name")]
    [InlineData("LastName")]
    [InlineData("surname")]
    [InlineData("dob")]
    [InlineData("DOB")]
    [InlineData("date_of_birth")]
    [InlineData("DateOfBirth")]
    [InlineData("birthdate")]
    [InlineData("address")]
    [InlineData("home_address")]
    [InlineData("street")]
    [InlineData("zip")]
    [InlineData("postcode")]
    [InlineData("phone")]
    [InlineData("parent_phone_number")]
    [InlineData("email")]
    [InlineData("E-mail")]
    [InlineData("ssn")]
    public void Flags_personal_headers(string header) => Assert.NotNull(PersonalDataGuard.CheckHeader(header));

    [Theory]
    [InlineData("student_id")]
    [InlineData("classroom_id")]
    [InlineData("therapist_id")]
    [InlineData("policy")]
    [InlineData("policy_name")]
    [InlineData("scenario_name")]
    [InlineData("severity_band")]
    [InlineData("progress")]
    [InlineData("baseline")]
    [InlineData("delivered_total_minutes")]
    [InlineData("gas_t_score")]
    [InlineData("capacity_used")]
    [InlineData("embedded_practice_minutes")]
    public void Passes_ordinary_headers(string header) => Assert.Null(PersonalDataGuard.CheckHeader(header));

    [Fact]
    public void Simulator_students_columns_are_clean()
    {
        const string header = "student_id,classroom_id,school_id,therapist_id,policy,replication,seed,severity,severity_band," +
            "baseline,prescribed_direct_minutes,prescribed_integrated_minutes,prescribed_consult_minutes,prescribed_total_minutes," +
            "delivered_direct_minutes,delivered_integrated_minutes,delivered_consult_minutes,delivered_total_minutes,compliance," +
            "collaboration,fidelity_end,end_performance,progress,goal_met,gas_level,gas_t_score";
        var row = string.Join(',', header.Split(',').Select((_, i) => i switch { 0 => "s0001", 4 => "push_in", 8 => "mild", _ => "1.5" }));
        var table = TidyTable.Parse(header + "\n" + row + "\n", "students.csv");

        Assert.Empty(PersonalDataGuard.Scan(table));
        Assert.Same(table, PersonalDataGuard.Screen(table, allowPersonalData: false));
    }

    [Theory]
    [InlineData("jane.doe@school.example.org", "email")]
    [InlineData("2014-03-02", "dates")]
    [InlineData("03/02/2014", "dates")]
    [InlineData("123-45-6789", "social security")]
    [InlineData("(555) 123-4567", "phone")]
    public void Flags_personal_content_in_innocent_looking_text_columns(string value, string reason)
    {
        var table = TidyTable.Parse($"student_id,comment\ns1,fine\ns2,\"see {value}\"\n", "t.csv");

        var finding = Assert.Single(PersonalDataGuard.Scan(table));

        Assert.Equal("comment", finding.Column);
        Assert.Contains(reason, finding.Reason);
        Assert.Equal(2, finding.FirstRow);
    }

    [Fact]
    public void Numeric_columns_are_not_content_scanned()
    {
        var table = TidyTable.Parse("student_id,minutes\ns1,20140302\ns2,5551234567\n", "t.csv");

        Assert.Empty(PersonalDataGuard.Scan(table));
    }

    [Fact]
    public void Screen_refuses_without_the_flag_and_does_not_echo_values()
    {
        var table = TidyTable.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "personal_roster.csv"));

        var error = Assert.Throws<PersonalDataException>(() => PersonalDataGuard.Screen(table, allowPersonalData: false));

        Assert.Equal(["first_name", "DateOfBirth", "home_address", "contact"], error.Findings.Select(f => f.Column));
        Assert.Contains(PersonalDataGuard.OverrideFlag, error.Message);
        Assert.Contains("personal_roster.csv", error.Message);
        Assert.DoesNotContain("Ana", error.Message);
        Assert.DoesNotContain("example.org", error.Message);
    }

    [Fact]
    public void Screen_with_the_flag_still_drops_flagged_columns()
    {
        var table = TidyTable.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "personal_roster.csv"));

        var screened = PersonalDataGuard.Screen(table, allowPersonalData: true);

        Assert.Equal(["student_id", "progress"], screened.Columns);
    }
}

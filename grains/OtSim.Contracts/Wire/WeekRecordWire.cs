using OtSim.Model.Progress;

namespace OtSim.Contracts.Wire;

[GenerateSerializer]
internal struct WeekRecordSurrogate
{
    [Id(0)] public long StudentId;
    [Id(1)] public int ClassroomId;
    [Id(2)] public int Week;
    [Id(3)] public float DirectMinutes;
    [Id(4)] public float IntegratedMinutes;
    [Id(5)] public float ConsultMinutes;
    [Id(6)] public float EmbeddedPracticeMinutes;
    [Id(7)] public float Fidelity;
    [Id(8)] public float Performance;
}

[RegisterConverter]
internal sealed class WeekRecordConverter : IConverter<WeekRecord, WeekRecordSurrogate>
{
    public WeekRecord ConvertFromSurrogate(in WeekRecordSurrogate s) => new(
        s.StudentId, s.ClassroomId, s.Week, s.DirectMinutes, s.IntegratedMinutes, s.ConsultMinutes, s.EmbeddedPracticeMinutes, s.Fidelity, s.Performance);

    public WeekRecordSurrogate ConvertToSurrogate(in WeekRecord v) => new()
    {
        StudentId = v.StudentId, ClassroomId = v.ClassroomId, Week = v.Week, DirectMinutes = v.DirectMinutes, IntegratedMinutes = v.IntegratedMinutes,
        ConsultMinutes = v.ConsultMinutes, EmbeddedPracticeMinutes = v.EmbeddedPracticeMinutes, Fidelity = v.Fidelity, Performance = v.Performance,
    };
}

using OtSim.Model.Progress;
using OtSim.Model.Services;

namespace OtSim.Model.Stepping;

/// <summary>
/// Steps one therapist's caseload through the year, review period by review period: the therapist plans the period's
/// services, sends each of its classrooms its share in one message, and takes in the observations each replies with
/// before planning the next period. After the last period the classrooms reply with the year's outcomes. The plain loop
/// and the therapist grain both run the year through this one driver; they differ only in how a classroom is reached.
/// </summary>
public static class YearDriver
{
    /// <summary>Runs the year of <paramref name="caseload"/>; <paramref name="classroom"/> advances one classroom by one period.</summary>
    public static async Task<CaseloadYear> RunAsync(
        TherapistCaseload caseload, IReadOnlyList<ReviewPeriod> periods, Func<ClassroomServices, Task<ClassroomReport>> classroom,
        CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ClassroomYear>? years = null;
        foreach (var period in periods)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var messages = caseload.PlanPeriod(period);
            var replies = new Task<ClassroomReport>[messages.Length];
            for (int k = 0; k < messages.Length; k++)
            {
                replies[k] = classroom(messages[k]);
            }
            // No ConfigureAwait(false): in a grain the continuation must stay on the grain's scheduler.
            var reports = await Task.WhenAll(replies);
            foreach (var report in reports)
            {
                caseload.Observe(report.Observations);
            }
            if (period.IsLast)
            {
                years = reports.Select((r, k) => r.Year ?? throw new InvalidOperationException(
                    $"Classroom {messages[k].ClassroomId} did not return its year after the last review period.")).ToArray();
            }
        }
        return new CaseloadYear(
            caseload.Figures(), years ?? throw new ArgumentException("The review periods do not end the year.", nameof(periods)), caseload.PlanChanges)
        {
            Evaluations = caseload.Evaluations,
        };
    }
}

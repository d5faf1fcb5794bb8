using OtSim.Model.District;

namespace OtSim.Model.Services;

/// <summary>
/// A therapist's initial evaluations of the students referred in its classrooms. An evaluation can start from the week
/// of consent and takes <c>evaluationHours</c> of therapist time, taken each school week from the capacity left after
/// that week's scheduled sessions (before make-ups), oldest consent first (then student id), so a therapist with no
/// spare capacity evaluates late. An evaluation completed in week w finds the student eligible or not (drawn with the
/// referral); an eligible student joins the caseload from week w + 1.
/// </summary>
public sealed class EvaluationQueue
{
    private readonly (Referral Referral, int Slot)[] _order;
    private readonly double[] _remaining;
    private readonly int?[] _completed;
    private int _next;

    /// <summary>Queues <paramref name="referrals"/>; <c>Slot</c> is each student's caseload index.</summary>
    public EvaluationQueue(IEnumerable<(Referral Referral, int Slot)> referrals, double evaluationMinutes)
    {
        _order = referrals.OrderBy(r => r.Referral.ConsentWeek).ThenBy(r => r.Referral.StudentId).ToArray();
        _remaining = _order.Select(_ => evaluationMinutes).ToArray();
        _completed = new int?[_order.Length];
    }

    /// <summary>
    /// Spends up to <paramref name="spare"/> minutes of 0-based calendar week <paramref name="week"/> (a school week) on evaluations with
    /// consent by then; calls <paramref name="eligibleFound"/> with the caseload index of each student found eligible.
    /// Returns the minutes spent.
    /// </summary>
    public double Work(int week, double spare, Action<int> eligibleFound)
    {
        double spent = 0;
        for (int k = _next; k < _order.Length && spare - spent > 0; k++)
        {
            var (referral, slot) = _order[k];
            if (referral.ConsentWeek > week)
            {
                break;
            }
            if (_completed[k] is not null)
            {
                continue;
            }
            double give = Math.Min(_remaining[k], spare - spent);
            _remaining[k] -= give;
            spent += give;
            if (_remaining[k] <= 1e-9)
            {
                _completed[k] = week;
                if (referral.Eligible)
                {
                    eligibleFound(slot);
                }
            }
        }
        while (_next < _order.Length && _completed[_next] is not null)
        {
            _next++;
        }
        return spent;
    }

    /// <summary>The evaluations as rows of evaluations.csv (1-based weeks), in student-id order.</summary>
    public EvaluationRecord[] Records(Func<int, int> schoolOf, int therapistId) =>
        _order.Select((entry, k) =>
        {
            var r = entry.Referral;
            return new EvaluationRecord(
                r.StudentId, r.ClassroomId, schoolOf(r.ClassroomId), therapistId, r.ReferralWeek + 1, r.ConsentWeek + 1, r.DueWeek + 1,
                _completed[k] + 1, _completed[k] is null ? null : r.Eligible);
        }).OrderBy(e => e.StudentId).ToArray();
}

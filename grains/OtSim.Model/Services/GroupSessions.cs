namespace OtSim.Model.Services;

/// <summary>
/// Puts a school week's sessions into groups: a direct or push-in session may serve up to <c>groupSize</c> students of
/// the same classroom at once, so it costs the therapist its length once, not once per student. Grouping is
/// deterministic: sessions of the same classroom, the same type, the same session of the week (first, second ...) and
/// the same planned length are grouped among the students present, in seat order, <c>groupSize</c> at a time (the last
/// group may be smaller). Consultation is never grouped. With a group size of 1 every session is its own group and the
/// sessions keep their order, so nothing changes.
/// </summary>
internal sealed class GroupSessions
{
    private const int Consult = 2;

    private readonly int _groupSize;
    private readonly int _studentsPerClassroom;
    private readonly List<Group> _groups = [];
    private readonly List<List<int>> _members = [];
    private readonly Dictionary<(int Classroom, int Kind, int Ordinal, double Minutes), int> _open = [];
    private readonly List<(int Student, int Kind, double Minutes)> _scratch = [];

    /// <summary>Creates the grouping of one caseload.</summary>
    /// <param name="groupSize">Most students per group (1 = individual sessions).</param>
    /// <param name="studentsPerClassroom">Students per classroom: caseload index / this = the classroom.</param>
    public GroupSessions(int groupSize, int studentsPerClassroom)
    {
        _groupSize = Math.Max(1, groupSize);
        _studentsPerClassroom = Math.Max(1, studentsPerClassroom);
    }

    /// <summary>One group: <see cref="Count"/> consecutive sessions from <see cref="First"/>, each <see cref="Minutes"/> long.</summary>
    /// <param name="First">Index of the first member session.</param>
    /// <param name="Count">Member sessions.</param>
    /// <param name="Minutes">The session's length: what it costs the therapist.</param>
    public readonly record struct Group(int First, int Count, double Minutes);

    /// <summary>The week's groups, in the order of their first member (after <see cref="Form"/>).</summary>
    public IReadOnlyList<Group> Groups => _groups;

    /// <summary>
    /// Groups the week's sessions (in caseload order, each student's sessions together) and reorders them so each
    /// group's members are consecutive.
    /// </summary>
    public void Form(List<(int Student, int Kind, double Minutes)> items)
    {
        _groups.Clear();
        if (_groupSize == 1)
        {
            for (int i = 0; i < items.Count; i++)
            {
                _groups.Add(new Group(i, 1, items[i].Minutes));
            }
            return;
        }
        var members = Members(items);
        _scratch.Clear();
        _scratch.AddRange(items);
        items.Clear();
        for (int g = 0; g < members.Count; g++)
        {
            int first = items.Count;
            foreach (int index in members[g])
            {
                items.Add(_scratch[index]);
            }
            _groups.Add(new Group(first, members[g].Count, _scratch[members[g][0]].Minutes));
        }
    }

    /// <summary>Student minutes beyond therapist minutes if every group gets <paramref name="scale"/> of its length.</summary>
    public double SavedMinutes(double scale)
    {
        double saved = 0;
        foreach (var group in _groups)
        {
            saved += (group.Count - 1) * group.Minutes * scale;
        }
        return saved;
    }

    private List<List<int>> Members(List<(int Student, int Kind, double Minutes)> items)
    {
        _open.Clear();
        int used = 0;
        int ordinal = 0;
        for (int i = 0; i < items.Count; i++)
        {
            var (student, kind, minutes) = items[i];
            ordinal = i > 0 && items[i - 1].Student == student && items[i - 1].Kind == kind ? ordinal + 1 : 0;
            var key = (student / _studentsPerClassroom, kind, ordinal, minutes);
            if (kind != Consult && _open.TryGetValue(key, out int g) && _members[g].Count < _groupSize)
            {
                _members[g].Add(i);
                continue;
            }
            if (used == _members.Count)
            {
                _members.Add([]);
            }
            _members[used].Clear();
            _members[used].Add(i);
            if (kind != Consult)
            {
                _open[key] = used;
            }
            used++;
        }
        return _members.GetRange(0, used);
    }
}

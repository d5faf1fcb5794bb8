using OtSim.Model.Randomness;

namespace OtSim.Model.Tests;

public sealed class StreamRandomTests
{
    [Fact]
    public void SameKeyGivesSameSequence()
    {
        var a = new StreamRandom(42, 1, 1001, StreamPurpose.ProgressNoise);
        var b = new StreamRandom(42, 1, 1001, StreamPurpose.ProgressNoise);
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal(a.NextUInt64(), b.NextUInt64());
        }
    }

    [Theory]
    [InlineData(43UL, 1, 1001L, StreamPurpose.ProgressNoise)]
    [InlineData(42UL, 2, 1001L, StreamPurpose.ProgressNoise)]
    [InlineData(42UL, 1, 1002L, StreamPurpose.ProgressNoise)]
    [InlineData(42UL, 1, 1001L, StreamPurpose.Measurement)]
    public void AnyKeyPartChangesTheSequence(ulong seed, int replication, long entity, StreamPurpose purpose)
    {
        var reference = new StreamRandom(42, 1, 1001, StreamPurpose.ProgressNoise);
        var other = new StreamRandom(seed, replication, entity, purpose);
        int equal = 0;
        for (int i = 0; i < 20; i++)
        {
            equal += reference.NextUInt64() == other.NextUInt64() ? 1 : 0;
        }
        Assert.Equal(0, equal);
    }

    [Fact]
    public void UniformAndNormalHaveTheRightMoments()
    {
        var rng = new StreamRandom(1, 1, 1, StreamPurpose.StudentProfile);
        const int n = 200_000;
        double sumU = 0, sumZ = 0, sumZ2 = 0;
        for (int i = 0; i < n; i++)
        {
            double u = rng.NextDouble();
            Assert.InRange(u, 0.0, 1.0 - double.Epsilon);
            sumU += u;
            double z = rng.NextNormal();
            sumZ += z;
            sumZ2 += z * z;
        }
        // Tolerances are about 5 standard errors of each moment at n = 200,000.
        Assert.Equal(0.5, sumU / n, 0.004);
        Assert.Equal(0.0, sumZ / n, 0.012);
        Assert.Equal(1.0, sumZ2 / n, 0.016);
    }
}

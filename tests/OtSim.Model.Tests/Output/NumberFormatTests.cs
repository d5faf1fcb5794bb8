using System.Globalization;
using OtSim.Model.Output;

namespace OtSim.Model.Tests.Output;

public sealed class NumberFormatTests
{
    private static readonly double[] _edges =
    [
        0, -0.0, 1, -1, 0.5, 0.00005, -0.00005, 0.00004999, -0.00004999, 0.00015, 0.99995, 9.99995, 99999.99995,
        -99999.99995, 1e-300, -1e-300, 1e15, 1e15 + 2, 1e16, 123456789012345678, 1e22, 1e308, -1e308, double.MaxValue,
        double.Epsilon, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 12.34565, 12.34575, 0.00035, 1234.56785, 30, 2700, 0.9375,
        double.NaN, double.PositiveInfinity, double.NegativeInfinity,
    ];

    private static string Written(IEnumerable<double> values)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = Csv.RowWriter(text))
        {
            foreach (double v in values)
            {
                using var row = writer.NewRow();
                row[0].SetNumber(v);
            }
        }

        return text.ToString();
    }

    private static string Expected(IEnumerable<double> values) => string.Concat(values.Select(v => Csv.Number(v) + "\n"));

    [Fact]
    public void EdgeValuesFormatExactlyAsTheCustomFormatString()
    {
        foreach (double v in _edges)
        {
            Assert.Equal(Expected([v]), Written([v]));
        }
    }

    [Fact]
    public void RandomValuesOfEveryMagnitudeFormatExactlyAsTheCustomFormatString()
    {
        var random = new Random(20261130);
        var values = new List<double>();
        for (int i = 0; i < 400_000; i++)
        {
            double mantissa = (random.NextDouble() * 2) - 1;
            values.Add(i % 4 switch
            {
                0 => mantissa * Math.Pow(10, random.Next(-8, 17)),
                1 => Math.Round(mantissa * 1000, random.Next(0, 7)),
                2 => BitConverter.Int64BitsToDouble(random.NextInt64()),
                _ => (random.Next(0, 200_000) / 10_000.0) + (random.Next(0, 10) * 0.000005),
            });
        }

        Assert.Equal(Expected(values), Written(values));
    }
}

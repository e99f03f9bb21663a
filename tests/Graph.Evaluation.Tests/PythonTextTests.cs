namespace Graph.Evaluation.Tests;

/// <summary>The Python behaviours the output depends on; expected values printed by Python 3.</summary>
public class PythonTextTests
{
    [Theory]
    [InlineData(0.0625, 0.062)]     // an exact tie: half to even
    [InlineData(0.1875, 0.188)]
    [InlineData(0.6665, 0.666)]     // the double is just below ...665
    [InlineData(0.0005, 0.001)]     // the double is just above ...0005
    [InlineData(0.9995, 1.0)]
    [InlineData(0.125, 0.125)]
    [InlineData(2.0 / 3, 0.667)]
    [InlineData(0.0, 0.0)]
    public void Round_rounds_the_exact_value_half_to_even(double value, double expected) =>
        PythonText.Round(value, 3).Should().Be(expected);

    [Theory]
    [InlineData(0.0625, " 0.062")]
    [InlineData(0.9995, " 1.000")]
    [InlineData(2.0 / 3, " 0.667")]
    public void Fixed_is_format_6_3f(double value, string expected) =>
        PythonText.Fixed(value, 6, 3).Should().Be(expected);

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(0.667, "0.667")]
    [InlineData(0.1, "0.1")]
    public void Float_is_repr(double value, string expected) => PythonText.Float(value).Should().Be(expected);

    [Fact]
    public void Repr_quotes_and_escapes_as_Python()
    {
        string[] items = ["a", "it's", "b\\c", "tab\t", "caf\u00e9", "\u200b", "\u007f", "\U0001F600"];

        PythonText.Repr(items).Should().Be("['a', \"it's\", 'b\\\\c', 'tab\\t', 'caf\u00e9', '\\u200b', '\\x7f', '\U0001F600']");
    }

    [Fact]
    public void Strings_sort_by_code_point_not_by_UTF16_unit()
    {
        var list = new List<string> { "\uff61", "\U0001F600", "b", "B" };

        list.Sort(PythonText.CompareCodePoints);

        list.Should().Equal("B", "b", "\uff61", "\U0001F600");
    }

    [Fact]
    public void Prefix_counts_code_points() =>
        PythonText.Prefix("\U0001F600ab", 2).Should().Be("\U0001F600a");
}

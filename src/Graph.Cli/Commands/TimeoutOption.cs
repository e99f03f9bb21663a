using System.CommandLine;

namespace Graph.Cli.Commands;

/// <summary>Options that give a timeout in whole seconds, with a default named in <c>--help</c> and 1 s at least.</summary>
public static class TimeoutOption
{
    /// <summary>Creates <paramref name="name"/>: seconds, <paramref name="defaultSeconds"/> by default.</summary>
    public static Option<int> Create(string name, string what, int defaultSeconds)
    {
        var option = new Option<int>(name)
        {
            Description = $"{what}, in seconds.",
            DefaultValueFactory = _ => defaultSeconds,
            HelpName = "SECONDS",
        };
        option.Validators.Add(result =>
        {
            if (OptionValues.Of<int>(result) < 1) result.AddError($"{name} must be at least 1 second");
        });
        return option;
    }
}

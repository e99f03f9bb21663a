using System.CommandLine;

namespace Graph.Cli.Commands;

/// <summary>The <c>inputs</c> argument every reading command takes: files, folders or '-'.</summary>
public static class InputsArgument
{
    /// <summary>Creates the argument; a mistyped option is a usage error rather than a missing file reported late.</summary>
    public static Argument<string[]> Create(string description)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = description,
            Arity = ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (value.Length > 1 && value.StartsWith('-') && !File.Exists(value) && !Directory.Exists(value))
                {
                    result.AddError($"unknown option '{value}'");
                }
            }
        });
        return inputs;
    }
}

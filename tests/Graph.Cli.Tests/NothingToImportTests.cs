namespace Graph.Cli.Tests;

/// <summary>An import that finds nothing to read says so and fails, as an empty file does.</summary>
public class NothingToImportTests
{
    [Fact]
    public async Task An_empty_folder_is_exit_1_with_a_message_and_no_output_folder()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("news"));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await GraphCommandLine.RunAsync(["import", temp.File("news"), "--out", temp.File("out"), "-q"], output, error);

        code.Should().Be(ExitCodes.PartialFailure);
        error.ToString().Should().Contain("nothing to import").And.Contain("news");
        Directory.Exists(temp.File("out")).Should().BeFalse();
    }

    [Fact]
    public async Task A_folder_whose_files_no_pattern_matches_names_how_many_were_passed_over()
    {
        using var temp = new TempFolder();
        temp.Write("news/a.md", "# Harbour notes");
        temp.Write("news/b.csv", "harbour,2024");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await GraphCommandLine.RunAsync(["import", temp.File("news"), "--out", temp.File("out"), "-q"], output, error);

        code.Should().Be(ExitCodes.PartialFailure);
        error.ToString().Should().Contain("2 files did not match --include");
    }
}

namespace Graph.Documents.Tests;

/// <summary>The name a document is known by: as typed when relative, else from the input root's own name on.</summary>
public sealed class SourceNameTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_relative_path_below_the_current_folder_is_kept_as_typed() =>
        DocumentReader.SourceName("samples", Path.Combine("samples", "2024", "a.txt")).Should().Be(Path.Combine("samples", "2024", "a.txt"));

    [Fact]
    public void A_folder_given_by_its_full_path_gives_names_from_its_own_name_on()
    {
        var file = _folder.Write("home/ana/news/2024/a.txt", "text");

        DocumentReader.SourceName(_folder.File("home/ana/news"), file).Should().Be("news/2024/a.txt");
        DocumentReader.SourceName(_folder.File("home/ana/news/"), file).Should().Be("news/2024/a.txt", "a trailing slash changes nothing");
    }

    [Fact]
    public void A_file_given_by_its_full_path_or_through_dot_dot_keeps_its_folders_name()
    {
        var file = _folder.Write("home/ana/news/a.txt", "text");

        DocumentReader.SourceName(file, file).Should().Be("news/a.txt");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);
        relative.Should().StartWith("..");
        DocumentReader.SourceName(relative, relative).Should().Be("news/a.txt");
    }

    [Fact]
    public void The_root_folder_as_input_gives_paths_from_it_without_failing() =>
        DocumentReader.SourceName("/", "/etc/hostname").Should().Be("etc/hostname");
}

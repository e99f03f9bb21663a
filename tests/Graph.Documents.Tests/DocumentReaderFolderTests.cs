using static Graph.Documents.Tests.Reading;

namespace Graph.Documents.Tests;

/// <summary>Folders: read recursively, filtered by include globs, hidden entries skipped, in a fixed order.</summary>
public sealed class DocumentReaderFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Article(string who) => $"{who} spoke at the Eastbrook harbour meeting on Monday.";

    [Fact]
    public async Task Folder_is_read_recursively_in_ordinal_path_order()
    {
        _folder.Write("b.txt", Article("Bo Lind"));
        _folder.Write("a/z.txt", Article("Zara Holm"));
        _folder.Write("a.txt", Article("Ana Brisk"));
        _folder.Write("A.txt", Article("Arne Varga"));
        _folder.Write("a/b/deep.txt", Article("Dag Solberg"));
        _folder.Write("a-b.txt", Article("Asta Berg"));

        var results = await ReadAllAsync(_folder.Path);

        results.Select(r => Path.GetRelativePath(Path.GetFileName(_folder.Path), r.Source).Replace('\\', '/'))
            .Should().Equal("A.txt", "a-b.txt", "a.txt", "a/b/deep.txt", "a/z.txt", "b.txt");
        results.Should().OnlyContain(r => r.Document != null);
        results[0].Document!.Text.Should().Be(Article("Arne Varga"));
    }

    [Fact]
    public async Task Default_includes_read_text_and_json_lines_and_count_the_rest_as_not_matched()
    {
        _folder.Write("2021/ferry.txt", Article("Ola Brisk"));
        _folder.Write("2021/mill.text", Article("Ana Holm"));
        _folder.Write("feeds/june.jsonl", """{"text":"Pellin ferry sold."}""" + "\n");
        _folder.Write("feeds/july.ndjson", """{"text":"Eastbrook mill reopened."}""" + "\n");
        _folder.Write("README.md", "# Fixture articles\n");
        _folder.Write("feeds/INDEX.tsv", "june.jsonl\t1\n");
        var reader = new DocumentReader(new ReaderOptions());

        var results = await ReadAllAsync(reader, _folder.Path);

        results.Select(r => Path.GetFileName(r.Document!.Source.Split(':')[0]))
            .Should().Equal("ferry.txt", "mill.text", "july.ndjson", "june.jsonl");
        reader.Statistics.FilesNotMatched.Should().Be(2);
    }

    [Fact]
    public async Task Include_without_slash_matches_file_names_at_any_depth()
    {
        _folder.Write("top.md", Article("Ola Brisk"));
        _folder.Write("x/y/z/deep.md", Article("Ana Holm"));
        _folder.Write("x/notes.txt", Article("Bo Lind"));
        var reader = new DocumentReader(new ReaderOptions { Includes = ["*.md"] });

        var results = await ReadAllAsync(reader, _folder.Path);

        results.Select(r => Path.GetFileName(r.Source)).Should().Equal("top.md", "deep.md");
        reader.Statistics.FilesNotMatched.Should().Be(1);
    }

    [Fact]
    public async Task Include_with_slash_is_relative_to_the_folder()
    {
        _folder.Write("2021/jan.txt", Article("Ola Brisk"));
        _folder.Write("2022/jan.txt", Article("Ana Holm"));
        _folder.Write("old/2021/feb.txt", Article("Bo Lind"));
        var reader = new DocumentReader(new ReaderOptions { Includes = ["2021/*.txt"] });

        var results = await ReadAllAsync(reader, _folder.Path);

        results.Should().ContainSingle().Which.Document!.Text.Should().Be(Article("Ola Brisk"));
        reader.Statistics.FilesNotMatched.Should().Be(2);
    }

    [Fact]
    public async Task Several_include_patterns_add_up()
    {
        _folder.Write("a.md", Article("Ola Brisk"));
        _folder.Write("b.txt", Article("Ana Holm"));
        _folder.Write("c.csv", "x,y\n");
        var reader = new DocumentReader(new ReaderOptions { Includes = ["*.md", "*.txt"] });

        var results = await ReadAllAsync(reader, _folder.Path);

        results.Select(r => Path.GetFileName(r.Source)).Should().Equal("a.md", "b.txt");
        reader.Statistics.FilesNotMatched.Should().Be(1);
    }

    [Fact]
    public async Task Hidden_files_and_folders_are_skipped_and_not_counted()
    {
        _folder.Write("visible.txt", Article("Ola Brisk"));
        _folder.Write(".hidden.txt", Article("Ana Holm"));
        _folder.Write(".git/objects/notes.txt", Article("Bo Lind"));
        _folder.Write("sub/.cache/cached.txt", Article("Dag Solberg"));
        var reader = new DocumentReader(new ReaderOptions());

        var results = await ReadAllAsync(reader, _folder.Path);

        results.Should().ContainSingle().Which.Source.Should().EndWith("visible.txt");
        reader.Statistics.FilesNotMatched.Should().Be(0);
    }

    [Fact]
    public async Task Folder_inside_a_hidden_folder_can_be_named_directly()
    {
        _folder.Write(".archive/2021/ferry.txt", Article("Ola Brisk"));

        var results = await ReadAllAsync(Path.Combine(_folder.Path, ".archive"));

        results.Should().ContainSingle().Which.Document!.Text.Should().Be(Article("Ola Brisk"));
    }

    [Fact]
    public async Task Empty_folder_gives_no_results()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "empty"));

        var results = await ReadAllAsync(Path.Combine(_folder.Path, "empty"));

        results.Should().BeEmpty();
    }

    [Fact]
    public async Task A_folder_an_import_is_writing_into_now_is_not_read_but_a_lock_a_killed_import_left_does_not_hide_it()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", "Minister Ana Duarte said the bridge would open in May.");
        temp.Write("in/busy/b.txt", "Minister Li Wen said trade grew.");
        temp.Write("in/stale/c.txt", "Minister Joseph Kamau said the port reopened.");
        temp.Write("in/stale/" + ImportOutputFolder.LockFileName, "graph import, process 1\n");
        var held = temp.Write("in/busy/" + ImportOutputFolder.LockFileName, "graph import, process 2\n");
        using var lockStream = new FileStream(held, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var results = await ReadAllAsync(temp.File("in"));

        results.Where(r => r.Document != null).Select(r => Path.GetFileName(r.Source)).Should().BeEquivalentTo(["a.txt", "c.txt"]);
        results.Should().ContainSingle(r => r.Document == null).Which.Issues.Single().Message.Should().Contain("writing there now");
    }
}

using System.Diagnostics;
using System.Text;
using static Graph.Documents.Tests.Reading;

namespace Graph.Documents.Tests;

/// <summary>
/// Folders and files that would hang or exhaust a naive reader: links back to a parent, FIFOs, devices, broken links,
/// documents and JSON Lines records larger than the limit. Each is named and the rest of the input is read.
/// </summary>
public sealed class FolderSafetyTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Article(string who) => $"{who} opened the new ferry terminal at Eastbrook on Monday.";

    private static List<string> Relative(IEnumerable<ReadResult> results, string root) =>
        results.Select(r => Path.GetRelativePath(Path.GetFileName(root), r.Source.TrimEnd('/')).Replace('\\', '/')).ToList();

    [Fact]
    public async Task Links_back_to_a_parent_folder_are_named_once_and_every_file_is_read_once()
    {
        _folder.Write("news/a/one.txt", Article("Ola Brisk"));
        _folder.Write("news/two.txt", Article("Ana Holm"));
        Directory.CreateSymbolicLink(_folder.File("news/a/up"), "..");
        Directory.CreateSymbolicLink(_folder.File("news/a/root"), _folder.File("news"));

        var results = await ReadAllAsync(_folder.File("news")).WaitAsync(Patience);

        var root = _folder.File("news");
        results.Where(r => r.Document != null).Select(r => r.Document!.Text).Should().BeEquivalentTo(Article("Ola Brisk"), Article("Ana Holm"));
        var skipped = results.Where(r => r.Document == null).ToList();
        Relative(skipped, root).Should().Equal("a/root", "a/up");
        skipped.Should().OnlyContain(r => r.Issues.Single().Message.Contains("read already") && !r.Issues.Single().IsFatal);
    }

    [Fact]
    public async Task A_second_link_to_a_folder_is_not_followed_and_the_folder_itself_is_read_rather_than_the_link()
    {
        _folder.Write("news/zz-real/one.txt", Article("Ola Brisk"));
        Directory.CreateSymbolicLink(_folder.File("news/aa-alias"), _folder.File("news/zz-real"));

        var results = await ReadAllAsync(_folder.File("news")).WaitAsync(Patience);

        Relative(results, _folder.File("news")).Should().Equal("aa-alias", "zz-real/one.txt");
        results[0].Document.Should().BeNull();
    }

    [Fact]
    public async Task A_fifo_a_device_and_a_broken_link_in_a_folder_are_named_and_skipped_without_waiting()
    {
        _folder.Write("news/one.txt", Article("Ola Brisk"));
        Process.Start("mkfifo", _folder.File("news/pipe.txt"))!.WaitForExit();
        File.CreateSymbolicLink(_folder.File("news/zero.jsonl"), "/dev/zero");
        File.CreateSymbolicLink(_folder.File("news/gone.txt"), _folder.File("nowhere.txt"));

        var results = await ReadAllAsync(_folder.File("news")).WaitAsync(Patience);

        Relative(results, _folder.File("news")).Should().Equal("gone.txt", "one.txt", "pipe.txt", "zero.jsonl");
        results[1].Document!.Text.Should().Be(Article("Ola Brisk"));
        results[0].Issues.Single().Message.Should().Contain("does not exist");
        results[2].Issues.Single().Message.Should().Contain("not a regular file");
        results[3].Issues.Single().Message.Should().Contain("not a regular file");
    }

    [Fact]
    public async Task A_record_longer_than_the_limit_is_named_by_line_and_the_records_after_it_are_read()
    {
        var huge = new string('x', 5_000);
        var path = _folder.Write("feed.jsonl",
            $$"""{"text":"{{Article("Ola Brisk")}}"}""" + "\n" + $$"""{"text":"{{huge}}"}""" + "\n" + $$"""{"text":"{{Article("Ana Holm")}}"}""" + "\n");

        var results = await ReadAllAsync(new ReaderOptions { MaxDocumentBytes = 1_000 }, path);

        results.Should().HaveCount(3);
        results[0].Document!.Text.Should().Be(Article("Ola Brisk"));
        results[1].Document.Should().BeNull();
        results[1].Issues.Single().ToString().Should().Contain($"{DocumentReader.SourceName(path, path)}:2").And.Contain("5,012 bytes").And.Contain("--max-document-mb");
        results[2].Document!.Text.Should().Be(Article("Ana Holm"));
    }

    [Fact]
    public async Task A_text_file_larger_than_the_limit_is_named_and_skipped()
    {
        var path = _folder.Write("long.txt", string.Concat(Enumerable.Repeat(Article("Ola Brisk") + "\n", 100)));

        var results = await ReadAllAsync(new ReaderOptions { MaxDocumentBytes = 1_000 }, path);

        results.Single().Document.Should().BeNull();
        results.Single().Issues.Single().Message.Should().Contain("larger than the limit of 1,000 bytes per document");
    }
}

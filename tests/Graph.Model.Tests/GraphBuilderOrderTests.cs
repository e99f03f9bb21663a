using CsCheck;

namespace Graph.Model.Tests;

/// <summary>The merged graph must not depend on the order documents arrive in (one job or many, any file order).</summary>
public class GraphBuilderOrderTests
{
    private static (string[] Entities, string[] EntityRelationships, int[] NodeCounts, int[] RelationshipCounts) Build(IEnumerable<DocumentGraph> documents)
    {
        using var builder = new GraphBuilder();
        foreach (var doc in documents) builder.Add(doc).Should().BeTrue();
        using var graph = builder.Build();
        return (
            graph.Nodes().Where(n => n.Label.IsEntity()).Select(GraphText.Describe).ToArray(),
            graph.Relationships().Where(r => !r.Type.IsDocumentScoped()).Select(GraphText.Describe).ToArray(),
            NodeLabels.All.Select(l => graph.NodeCounts[l]).ToArray(),
            RelationshipTypes.All.Select(t => graph.RelationshipCounts[t]).ToArray());
    }

    [Fact]
    public void Any_order_of_the_same_documents_gives_identical_entities()
    {
        var documentsAndOrder =
            from docs in ModelGen.Documents
            from keys in Gen.Int.Array[docs.Length]
            select (docs, docs.Zip(keys).OrderBy(p => p.Second).Select(p => p.First).ToArray());

        documentsAndOrder.Sample((docs, shuffled) =>
        {
            var inOrder = Build(docs);
            var reordered = Build(shuffled);
            reordered.Entities.Should().Equal(inOrder.Entities);
            reordered.EntityRelationships.Should().Equal(inOrder.EntityRelationships);
            reordered.NodeCounts.Should().Equal(inOrder.NodeCounts);
            reordered.RelationshipCounts.Should().Equal(inOrder.RelationshipCounts);
        }, iter: 300);
    }

    [Fact]
    public void Adding_documents_again_changes_nothing()
    {
        ModelGen.Documents.Sample(docs =>
        {
            var once = Build(docs);
            using var builder = new GraphBuilder();
            foreach (var doc in docs) builder.Add(doc);
            foreach (var doc in docs.Reverse()) builder.Add(doc).Should().BeFalse();
            using var graph = builder.Build();
            graph.Nodes().Where(n => n.Label.IsEntity()).Select(GraphText.Describe).Should().Equal(once.Entities);
            NodeLabels.All.Select(l => graph.NodeCounts[l]).Should().Equal(once.NodeCounts);
        }, iter: 100);
    }
}

namespace Graph.Model;

/// <summary>
/// Two append-only temporary files (nodes, relationships) holding document-scoped records in arrival
/// order. Sealed, it can be read any number of times; disposing deletes the files.
/// </summary>
internal sealed class GraphSpool : IDisposable
{
    private readonly string _nodesPath = Path.GetTempFileName();
    private readonly string _relationshipsPath = Path.GetTempFileName();
    private BinaryWriter? _nodes;
    private BinaryWriter? _relationships;

    public GraphSpool()
    {
        _nodes = new BinaryWriter(new BufferedStream(File.Create(_nodesPath), 1 << 16));
        _relationships = new BinaryWriter(new BufferedStream(File.Create(_relationshipsPath), 1 << 16));
    }

    public int NodeCount { get; private set; }

    public int RelationshipCount { get; private set; }

    public void Append(GraphNode node)
    {
        GraphRecordCodec.Write(_nodes ?? throw new InvalidOperationException("spool is sealed"), node);
        NodeCount++;
    }

    public void Append(GraphRelationship rel)
    {
        GraphRecordCodec.Write(_relationships ?? throw new InvalidOperationException("spool is sealed"), rel);
        RelationshipCount++;
    }

    /// <summary>Flushes and closes the writers; from now on the spool is read-only.</summary>
    public GraphSpool Seal()
    {
        _nodes?.Dispose();
        _relationships?.Dispose();
        _nodes = _relationships = null;
        return this;
    }

    public IEnumerable<GraphNode> ReadNodes()
    {
        if (_nodes is not null) throw new InvalidOperationException("seal the spool before reading it");
        using var reader = new BinaryReader(new BufferedStream(File.OpenRead(_nodesPath), 1 << 16));
        for (var i = 0; i < NodeCount; i++) yield return GraphRecordCodec.ReadNode(reader);
    }

    public IEnumerable<GraphRelationship> ReadRelationships()
    {
        if (_relationships is not null) throw new InvalidOperationException("seal the spool before reading it");
        using var reader = new BinaryReader(new BufferedStream(File.OpenRead(_relationshipsPath), 1 << 16));
        for (var i = 0; i < RelationshipCount; i++) yield return GraphRecordCodec.ReadRelationship(reader);
    }

    public void Dispose()
    {
        _nodes?.Dispose();
        _relationships?.Dispose();
        TryDelete(_nodesPath);
        TryDelete(_relationshipsPath);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { /* a temp file left behind is harmless */ }
    }
}

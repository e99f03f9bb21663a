using System.Reflection;
using System.Text.Json;
using Graph.Documents;
using Graph.Model;

namespace Graph.Import;

/// <summary>
/// <c>manifest.json</c>, written last into every output folder: what the import read (each document's source, id and
/// text hash), which formats it wrote (file names and sizes), its counts and the program's version. It lets a user
/// tell what a folder holds, lets the next import remove the files of formats it no longer writes, and marks the folder
/// as output so that no import reads it back as articles. It holds no time, so the same input gives the same bytes.
/// </summary>
public static class ImportManifest
{
    /// <summary>One document the import took in.</summary>
    /// <param name="Source">Where it was read from, as stored in the graph.</param>
    /// <param name="Id">The Document node's id.</param>
    /// <param name="Sha256">The hash of its normalised text.</param>
    /// <param name="OtherLanguage">The language it looks like when not English (imported without facts), or null.</param>
    public readonly record struct Input(string Source, string Id, string Sha256, string? OtherLanguage);

    /// <summary>Writes the manifest to <paramref name="path"/>.</summary>
    public static void Write(string path, ImportOptions options, IReadOnlyList<Input> inputs, IReadOnlyList<(string Name, long Bytes)> files,
        IReadOnlyDictionary<NodeLabel, int> nodes, IReadOnlyDictionary<RelationshipType, int> relationships, int failed, int duplicates)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(files);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        // ImportOutputFolder recognises an output folder by this property.
        json.WriteString("generator", ImportOutputFolder.Generator);
        json.WriteString("version", Version);
        json.WriteString("baseIri", options.BaseIri);
        json.WriteStartArray("formats");
        foreach (var format in options.Formats) json.WriteStringValue(format);
        json.WriteEndArray();
        json.WriteStartArray("files");
        foreach (var (name, bytes) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteNumber("bytes", bytes);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("counts");
        json.WriteNumber("documents", inputs.Count);
        json.WriteNumber("documentsNotInEnglish", inputs.Count(i => i.OtherLanguage is not null));
        json.WriteNumber("inputsFailed", failed);
        json.WriteNumber("duplicatesSkipped", duplicates);
        json.WriteStartObject("nodes");
        foreach (var label in NodeLabels.All) json.WriteNumber(label.Name(), nodes.GetValueOrDefault(label));
        json.WriteEndObject();
        json.WriteStartObject("relationships");
        foreach (var type in RelationshipTypes.All) json.WriteNumber(type.Name(), relationships.GetValueOrDefault(type));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("documents");
        foreach (var input in inputs)
        {
            json.WriteStartObject();
            json.WriteString("source", input.Source);
            json.WriteString("id", input.Id);
            json.WriteString("sha256", input.Sha256);
            if (input.OtherLanguage is { } language) json.WriteString("notEnglish", language);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The names of the outputs an earlier import's manifest in <paramref name="folder"/> lists, or null when there is none of ours.</summary>
    public static IReadOnlyList<string>? ReadFileNames(string folder) => ImportOutputFolder.ListedOutputs(folder);

    /// <summary>The program's version, as the build stamped it.</summary>
    public static string Version { get; } =
        typeof(ImportManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}

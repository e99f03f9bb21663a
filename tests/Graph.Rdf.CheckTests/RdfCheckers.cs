using System.ComponentModel;
using System.Diagnostics;

namespace Graph.Rdf.CheckTests;

/// <summary>What a Node.js checker printed and its exit code.</summary>
public sealed record NodeRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}

/// <summary>
/// Runs the RDF checkers of tests/checkers (rdf-load.mjs, rdf-query.mjs, jsonld-check.mjs, shacl-check.mjs), which
/// use only npm packages pinned in tests/checkers/package.json: the project's RDF is judged by tools others wrote.
/// </summary>
public static class RdfCheckers
{
    private static readonly string[] Packages = ["oxigraph", "jsonld", "n3", "rdf-validate-shacl"];

    /// <summary>Fails the test (never skips it) when the npm packages are not installed.</summary>
    public static void RequireInstalled(string? checkers = null)
    {
        checkers ??= RepositoryPaths.Checkers;
        foreach (var package in Packages)
        {
            if (!Directory.Exists(Path.Combine(checkers, "node_modules", package)))
            {
                Assert.Fail($"npm package {package} is missing: run npm ci in tests/checkers ({checkers}).");
            }
        }
    }

    /// <summary>Runs <c>node SCRIPT ARGS</c> in the checkers folder (or another folder holding copies of the scripts).</summary>
    public static async Task<NodeRun> RunAsync(string script, IEnumerable<string> args, string? folder = null, bool requireInstalled = true)
    {
        folder ??= RepositoryPaths.Checkers;
        if (requireInstalled) RequireInstalled(folder);
        var run = await ToolRun.RunAsync("node", [script, .. args],
            "Node.js is needed for the RDF checkers: install Node 20 or later, then run npm ci in tests/checkers.", folder);
        return new NodeRun(run.ExitCode, run.Output, run.Error);
    }

    public static Task<NodeRun> LoadAsync(params string[] args) => RunAsync("rdf-load.mjs", args);

    public static Task<NodeRun> QueryAsync(params string[] args) => RunAsync("rdf-query.mjs", args);

    public static Task<NodeRun> JsonLdAsync(string jsonld, string ntriples) => RunAsync("jsonld-check.mjs", [jsonld, ntriples]);

    public static Task<NodeRun> ShaclAsync(string shapes, params string[] data) => RunAsync("shacl-check.mjs", [shapes, .. data]);
}

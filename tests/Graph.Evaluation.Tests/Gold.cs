using Graph.Evaluation.Gold;

namespace Graph.Evaluation.Tests;

/// <summary>Gold documents written in a line per fact.</summary>
public static class Gold
{
    public static GoldEntity Entity(string type, string name, params string[] aliases) => new() { Type = type, Name = name, Aliases = aliases };

    public static GoldRelation Said(string subject, string evidence) => new() { Type = "SAID", Subjects = [subject], Evidence = evidence };

    public static GoldRelation Stance(string type, string[] subjects, string[] objects) => new() { Type = type, Subjects = subjects, Objects = objects, Evidence = "..." };
}

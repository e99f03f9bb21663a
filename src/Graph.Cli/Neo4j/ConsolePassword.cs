using System.Text;

namespace Graph.Cli.Neo4j;

/// <summary>Reads a password at the terminal without echoing it.</summary>
public static class ConsolePassword
{
    /// <summary>Prints <paramref name="prompt"/> on standard error and reads a line of hidden keys; null when standard input is not a terminal.</summary>
    public static string? Read(string prompt)
    {
        if (Console.IsInputRedirected) return null;
        Console.Error.Write(prompt);
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0) password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
        Console.Error.WriteLine();
        return password.ToString();
    }
}

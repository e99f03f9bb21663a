using Graph.Model;

namespace Graph.Model.Tests;

public class GraphIdsTests
{
    [Theory]
    [InlineData("Sergey Lavrov", "person/sergey-lavrov")]
    [InlineData("Gülşen Aydın", "person/gulsen-aydin")]
    [InlineData("Salim al-Harthy", "person/salim-al-harthy")]
    public void Person_ids_are_readable_slugs(string name, string expected) =>
        GraphIds.Person(name).Should().Be(expected);
}

namespace Graph.Bolt.Values;

/// <summary>A two-dimensional point (structure semantics, Point2D, tag <c>58</c>).</summary>
/// <param name="Srid">The coordinate reference system, e.g. 4326 (WGS-84) or 7203 (Cartesian).</param>
/// <param name="X">The x coordinate (longitude in WGS-84).</param>
/// <param name="Y">The y coordinate (latitude in WGS-84).</param>
public sealed record BoltPoint2D(int Srid, double X, double Y);

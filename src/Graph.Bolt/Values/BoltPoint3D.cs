namespace Graph.Bolt.Values;

/// <summary>A three-dimensional point (structure semantics, Point3D, tag <c>59</c>).</summary>
/// <param name="Srid">The coordinate reference system, e.g. 4979 (WGS-84 3D) or 9157 (Cartesian 3D).</param>
/// <param name="X">The x coordinate.</param>
/// <param name="Y">The y coordinate.</param>
/// <param name="Z">The z coordinate.</param>
public sealed record BoltPoint3D(int Srid, double X, double Y, double Z);

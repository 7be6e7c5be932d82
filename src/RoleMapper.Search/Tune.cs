namespace RoleMapper.Search;
// TEMPORARY tuning hook; removed before commit.
internal static class Tune
{
    public static float Get(string name, float fallback) =>
        Environment.GetEnvironmentVariable("RM_" + name) is { } v ? float.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}

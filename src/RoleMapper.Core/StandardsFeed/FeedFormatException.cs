namespace RoleMapper.Core.StandardsFeed;

/// <summary>A feed-level fatal problem: the run stops and changes nothing.</summary>
public sealed class FeedFormatException(string message, Exception? inner = null) : Exception(message, inner);

namespace Roadmap.Application.OpenData;

/// <summary>
/// What tells one state of a dataset from another, from cheap aggregate queries: its number of rows, the
/// last time one of them changed, and a <see cref="Revision"/> for the changes neither shows (a support
/// withdrawn among many, an author's account erased). Null <see cref="LastModified"/>: the dataset is empty.
/// </summary>
public sealed record DatasetVersion(int Rows, DateTimeOffset? LastModified, long Revision = 0);

namespace Roadmap.Application.Common.Caching;

/// <summary>
/// A read whose answer is the same for every caller, so <see cref="SharedReadCache"/> keeps it once for all
/// (docs/decisions/039-shared-read-cache.md). The value is the key: a record saying everything the answer depends
/// on. Two kinds: a query (<c>IQuery</c>) marked so, kept by the pipeline, whose handler reads no current user; and a
/// use case's internal piece built by its handler once the caller's <see cref="Security.Audience"/> is known, which
/// reads no current user either — the viewer's facts among them, whose key names the account they are about
/// (docs/decisions/052-viewer-kept-between-requests.md). An architecture test holds both to that. The answer is
/// immutable (records, read-only lists built once) and changes only with data whose writes advance
/// <see cref="PublicDataGeneration"/>.
/// </summary>
public interface ISharedRead<out TResponse>;

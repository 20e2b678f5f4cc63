using System.Security.Cryptography;
using System.Text;

namespace Roadmap.Application.OpenData;

/// <summary>
/// A rename dates nothing (an axis, an organisation, an action named in a dataset that does not date it, the roadmap
/// itself), yet changes what a dataset file holds: the version carries a fingerprint of those names. SHA-256, not
/// <see cref="string.GetHashCode()"/>, so that every node gives the same tag for the same names.
/// </summary>
internal static class DatasetNames
{
    public static DatasetVersion Signed(this DatasetVersion version, IEnumerable<string> names)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BitConverter.GetBytes(version.Revision));
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            // The separator keeps « ab » + « c » apart from « a » + « bc ».
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData([0]);
        }

        return version with { Revision = BitConverter.ToInt64(hash.GetHashAndReset(), 0) & long.MaxValue };
    }
}

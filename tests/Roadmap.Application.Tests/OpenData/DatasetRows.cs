using Roadmap.Application.OpenData;
using Roadmap.Application.OpenData.OpenDataset;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.OpenData;

/// <summary>A dataset's rows as the CSV writes them: each cell as text (<see cref="DatasetCells"/>), by column name.</summary>
internal static class DatasetRows
{
    public static Task<List<Dictionary<string, string>>> ReadAsync(ApplicationHost host, string slug, string name) =>
        host.SendAndReadAsync(new OpenDataset(slug, name), async download =>
        {
            var fields = download.Definition.Fields;
            var rows = new List<Dictionary<string, string>>();
            await foreach (var row in download.Rows)
            {
                rows.Add(fields.Select((f, i) => (f.Name, Text: DatasetCells.Text(f.Type, row[i]))).ToDictionary(c => c.Name, c => c.Text));
            }

            return rows;
        });
}

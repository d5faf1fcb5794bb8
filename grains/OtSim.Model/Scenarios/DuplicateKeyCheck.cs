using System.Text;
using System.Text.Json;

namespace OtSim.Model.Scenarios;

/// <summary>
/// Refuses a JSON object that names the same field twice: System.Text.Json keeps the last one silently, so
/// <c>"seed": 2026, "seed": 7</c> would run with seed 7 while the reader of the file sees 2026.
/// </summary>
internal static class DuplicateKeyCheck
{
    /// <summary>Throws a <see cref="ScenarioException"/> naming the field and its line when a key repeats in one object.</summary>
    public static void Check(string text, string file)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var objects = new Stack<(HashSet<string> Names, string Path)>();
        var paths = new Stack<string>();
        string pending = "";
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    objects.Push((new HashSet<string>(StringComparer.Ordinal), pending));
                    break;
                case JsonTokenType.EndObject:
                    objects.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    string name = reader.GetString() ?? "";
                    var (names, path) = objects.Peek();
                    pending = path.Length == 0 ? name : $"{path}.{name}";
                    if (!names.Add(name))
                    {
                        int line = LineOf(bytes, (int)reader.TokenStartIndex);
                        throw new ScenarioException(file, pending, $"a second \"{name}\" (line {line})",
                            "each field may appear only once in an object; remove one of them");
                    }
                    break;
                case JsonTokenType.StartArray:
                    paths.Push(pending);
                    pending += "[]";
                    break;
                case JsonTokenType.EndArray:
                    pending = paths.Pop();
                    break;
                default:
                    break;
            }
        }
    }

    private static int LineOf(byte[] bytes, int index) => bytes.AsSpan(0, index).Count((byte)'\n') + 1;
}

// A JSON tokenizer, recursive-descent parser into a small DOM, pretty-printer, error reporting
// with line/column, and queries over the parsed documents.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace JsonDemo;

enum TokenKind { LBrace, RBrace, LBracket, RBracket, Colon, Comma, String, Number, True, False, Null, End }

readonly record struct Position(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}

sealed record Token(TokenKind Kind, string Text, Position Pos);

sealed class JsonParseException : Exception
{
    public Position Pos { get; }
    public JsonParseException(string message, Position pos) : base($"{message} at line {pos.Line}, column {pos.Column}") => Pos = pos;
}

abstract record JsonNode
{
    public virtual JsonNode? this[string key] => null;
    public virtual JsonNode? this[int index] => null;
    public abstract string Kind { get; }
}

sealed record JsonNull : JsonNode
{
    public static readonly JsonNull Instance = new();
    public override string Kind => "null";
}

sealed record JsonBool(bool Value) : JsonNode
{
    public override string Kind => "bool";
}

sealed record JsonNumber(double Value, long? Integer) : JsonNode
{
    public override string Kind => Integer.HasValue ? "integer" : "number";
}

sealed record JsonString(string Value) : JsonNode
{
    public override string Kind => "string";
}

sealed record JsonArray : JsonNode
{
    public List<JsonNode> Items { get; } = new();
    public override JsonNode? this[int index] => index >= 0 && index < Items.Count ? Items[index] : null;
    public override string Kind => "array";
}

sealed record JsonObject : JsonNode
{
    // Insertion order is kept by a list of keys next to the dictionary.
    private readonly Dictionary<string, JsonNode> map = new();
    private readonly List<string> order = new();
    public IEnumerable<KeyValuePair<string, JsonNode>> Members => order.Select(k => new KeyValuePair<string, JsonNode>(k, map[k]));
    public int Count => order.Count;
    public void Add(string key, JsonNode value)
    {
        if (!map.ContainsKey(key)) order.Add(key);
        map[key] = value;
    }
    public override JsonNode? this[string key] => map.TryGetValue(key, out var v) ? v : null;
    public override string Kind => "object";
}

sealed class Lexer
{
    private readonly string src;
    private int pos, line = 1, col = 1;

    public Lexer(string src) => this.src = src;

    private Position Here => new(line, col);

    private char Advance()
    {
        char c = src[pos++];
        if (c == '\n') { line++; col = 1; } else col++;
        return c;
    }

    public IEnumerable<Token> Tokens()
    {
        while (true)
        {
            while (pos < src.Length && char.IsWhiteSpace(src[pos])) Advance();
            if (pos >= src.Length) { yield return new Token(TokenKind.End, "", Here); yield break; }
            var start = Here;
            char c = src[pos];
            switch (c)
            {
                case '{': Advance(); yield return new Token(TokenKind.LBrace, "{", start); break;
                case '}': Advance(); yield return new Token(TokenKind.RBrace, "}", start); break;
                case '[': Advance(); yield return new Token(TokenKind.LBracket, "[", start); break;
                case ']': Advance(); yield return new Token(TokenKind.RBracket, "]", start); break;
                case ':': Advance(); yield return new Token(TokenKind.Colon, ":", start); break;
                case ',': Advance(); yield return new Token(TokenKind.Comma, ",", start); break;
                case '"': yield return new Token(TokenKind.String, ReadString(), start); break;
                case '-' or (>= '0' and <= '9'): yield return new Token(TokenKind.Number, ReadNumber(), start); break;
                case 't' or 'f' or 'n':
                    {
                        string word = ReadWord();
                        TokenKind kind = word switch
                        {
                            "true" => TokenKind.True,
                            "false" => TokenKind.False,
                            "null" => TokenKind.Null,
                            _ => throw new JsonParseException($"Unknown literal '{word}'", start),
                        };
                        yield return new Token(kind, word, start);
                        break;
                    }
                default:
                    throw new JsonParseException($"Unexpected character '{c}' (U+{(int)c:X4})", start);
            }
        }
    }

    private string ReadWord()
    {
        int s = pos;
        while (pos < src.Length && char.IsLetter(src[pos])) Advance();
        return src.Substring(s, pos - s);
    }

    private string ReadNumber()
    {
        int s = pos;
        var start = Here;
        if (src[pos] == '-') Advance();
        if (pos >= src.Length || !char.IsDigit(src[pos])) throw new JsonParseException("Digit expected", Here);
        if (src[pos] == '0') Advance();
        else while (pos < src.Length && char.IsDigit(src[pos])) Advance();
        if (pos < src.Length && src[pos] == '.')
        {
            Advance();
            if (pos >= src.Length || !char.IsDigit(src[pos])) throw new JsonParseException("Digit expected after '.'", Here);
            while (pos < src.Length && char.IsDigit(src[pos])) Advance();
        }
        if (pos < src.Length && (src[pos] == 'e' || src[pos] == 'E'))
        {
            Advance();
            if (pos < src.Length && (src[pos] == '+' || src[pos] == '-')) Advance();
            if (pos >= src.Length || !char.IsDigit(src[pos])) throw new JsonParseException("Digit expected in exponent", Here);
            while (pos < src.Length && char.IsDigit(src[pos])) Advance();
        }
        return src.Substring(s, pos - s);
    }

    private string ReadString()
    {
        var start = Here;
        Advance(); // opening quote
        var sb = new StringBuilder();
        while (true)
        {
            if (pos >= src.Length) throw new JsonParseException("Unterminated string", start);
            char c = Advance();
            if (c == '"') break;
            if (c == '\n') throw new JsonParseException("Newline in string", start);
            if (c != '\\') { sb.Append(c); continue; }
            if (pos >= src.Length) throw new JsonParseException("Unterminated escape", Here);
            var escPos = Here;
            char e = Advance();
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    if (pos + 4 > src.Length) throw new JsonParseException("Short \\u escape", escPos);
                    string hex = src.Substring(pos, 4);
                    if (!int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                        throw new JsonParseException($"Bad \\u escape '{hex}'", escPos);
                    for (int i = 0; i < 4; i++) Advance();
                    sb.Append((char)code);
                    break;
                default:
                    throw new JsonParseException($"Invalid escape '\\{e}'", escPos);
            }
        }
        return sb.ToString();
    }
}

sealed class Parser
{
    private readonly IEnumerator<Token> tokens;
    private Token current;
    public int NodeCount { get; private set; }
    public int MaxDepth { get; private set; }

    public Parser(string text)
    {
        tokens = new Lexer(text).Tokens().GetEnumerator();
        current = Next();
    }

    private Token Next() => tokens.MoveNext() ? tokens.Current : throw new InvalidOperationException("token stream ended");

    private Token Expect(TokenKind kind)
    {
        if (current.Kind != kind) throw new JsonParseException($"Expected {kind} but found {Describe(current)}", current.Pos);
        var t = current;
        current = Next();
        return t;
    }

    private static string Describe(Token t) => t.Kind switch
    {
        TokenKind.End => "end of input",
        TokenKind.String => $"string \"{t.Text}\"",
        _ => $"{t.Kind} '{t.Text}'",
    };

    public JsonNode ParseDocument()
    {
        var node = ParseValue(1);
        if (current.Kind != TokenKind.End) throw new JsonParseException($"Trailing {Describe(current)}", current.Pos);
        return node;
    }

    private JsonNode ParseValue(int depth)
    {
        NodeCount++;
        MaxDepth = Math.Max(MaxDepth, depth);
        if (depth > 64) throw new JsonParseException("Nesting too deep", current.Pos);
        var t = current;
        switch (t.Kind)
        {
            case TokenKind.LBrace: return ParseObject(depth);
            case TokenKind.LBracket: return ParseArray(depth);
            case TokenKind.String: current = Next(); return new JsonString(t.Text);
            case TokenKind.Number: current = Next(); return MakeNumber(t);
            case TokenKind.True: current = Next(); return new JsonBool(true);
            case TokenKind.False: current = Next(); return new JsonBool(false);
            case TokenKind.Null: current = Next(); return JsonNull.Instance;
            default: throw new JsonParseException($"Value expected but found {Describe(t)}", t.Pos);
        }
    }

    private static JsonNode MakeNumber(Token t)
    {
        bool integral = t.Text.IndexOfAny(new[] { '.', 'e', 'E' }) < 0;
        if (integral && long.TryParse(t.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l))
            return new JsonNumber(l, l);
        return new JsonNumber(double.Parse(t.Text, NumberStyles.Float, CultureInfo.InvariantCulture), null);
    }

    private JsonNode ParseObject(int depth)
    {
        Expect(TokenKind.LBrace);
        var obj = new JsonObject();
        if (current.Kind == TokenKind.RBrace) { current = Next(); return obj; }
        while (true)
        {
            var key = Expect(TokenKind.String).Text;
            Expect(TokenKind.Colon);
            obj.Add(key, ParseValue(depth + 1));
            if (current.Kind == TokenKind.Comma) { current = Next(); continue; }
            Expect(TokenKind.RBrace);
            return obj;
        }
    }

    private JsonNode ParseArray(int depth)
    {
        Expect(TokenKind.LBracket);
        var arr = new JsonArray();
        if (current.Kind == TokenKind.RBracket) { current = Next(); return arr; }
        while (true)
        {
            arr.Items.Add(ParseValue(depth + 1));
            if (current.Kind == TokenKind.Comma) { current = Next(); continue; }
            Expect(TokenKind.RBracket);
            return arr;
        }
    }
}

static class Writer
{
    public static string Escape(string s, bool asciiOnly)
    {
        var sb = new StringBuilder(s.Length + 2);
        sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case < ' ':
                    sb.Append("\\u").Append(((int)c).ToString("x4"));
                    break;
                case > '~' when asciiOnly:
                    sb.AppendFormat("\\u{0:X4}", (int)c);
                    break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }

    public static string FormatNumber(JsonNumber n)
    {
        if (n.Integer is long l) return l.ToString(CultureInfo.InvariantCulture);
        double d = n.Value;
        if (double.IsNaN(d) || double.IsInfinity(d)) return "null";
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        return r.Contains('.') || r.Contains('E') ? r : r + ".0";
    }

    public static string Pretty(JsonNode node, int indent = 2, bool asciiOnly = false)
    {
        var sb = new StringBuilder();
        Write(sb, node, 0, indent, asciiOnly);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JsonNode node, int level, int indent, bool ascii)
    {
        string pad = new string(' ', (level + 1) * indent);
        string close = new string(' ', level * indent);
        switch (node)
        {
            case JsonNull: sb.Append("null"); break;
            case JsonBool b: sb.Append(b.Value ? "true" : "false"); break;
            case JsonNumber n: sb.Append(FormatNumber(n)); break;
            case JsonString s: sb.Append(Escape(s.Value, ascii)); break;
            case JsonArray { Items.Count: 0 }: sb.Append("[]"); break;
            case JsonObject { Count: 0 }: sb.Append("{}"); break;
            case JsonArray a when a.Items.All(i => i is JsonNumber or JsonBool or JsonNull):
                sb.Append('[').AppendJoin(", ", a.Items.Select(i => Pretty(i))).Append(']');
                break;
            case JsonArray a:
                sb.Append("[\n");
                for (int i = 0; i < a.Items.Count; i++)
                {
                    sb.Append(pad);
                    Write(sb, a.Items[i], level + 1, indent, ascii);
                    sb.Append(i + 1 < a.Items.Count ? ",\n" : "\n");
                }
                sb.Append(close).Append(']');
                break;
            case JsonObject o:
                sb.Append("{\n");
                int k = 0;
                foreach (var (key, value) in o.Members)
                {
                    sb.Append(pad).Append(Escape(key, ascii)).Append(": ");
                    Write(sb, value, level + 1, indent, ascii);
                    sb.Append(++k < o.Count ? ",\n" : "\n");
                }
                sb.Append(close).Append('}');
                break;
            default:
                throw new NotSupportedException(node.GetType().Name);
        }
    }

    public static string Compact(JsonNode node) => node switch
    {
        JsonNull => "null",
        JsonBool b => b.Value ? "true" : "false",
        JsonNumber n => FormatNumber(n),
        JsonString s => Escape(s.Value, true),
        JsonArray a => "[" + string.Join(",", a.Items.Select(Compact)) + "]",
        JsonObject o => "{" + string.Join(",", o.Members.Select(m => Escape(m.Key, true) + ":" + Compact(m.Value))) + "}",
        _ => throw new NotSupportedException(),
    };
}

static class Query
{
    // A tiny path language: "a.b[2].c", "*" selects every child.
    public static IEnumerable<(string Path, JsonNode Node)> Select(JsonNode root, string path)
    {
        IEnumerable<(string, JsonNode)> current = new[] { ("$", root) };
        foreach (var seg in Segments(path))
        {
            current = current.SelectMany(pair => Step(pair.Item1, pair.Item2, seg)).ToList();
        }
        return current;
    }

    private static IEnumerable<string> Segments(string path)
    {
        var sb = new StringBuilder();
        foreach (char c in path)
        {
            if (c == '.' || c == '[')
            {
                if (sb.Length > 0) yield return sb.ToString();
                sb.Clear();
                if (c == '[') sb.Append('[');
            }
            else if (c == ']') { yield return sb.ToString(); sb.Clear(); }
            else sb.Append(c);
        }
        if (sb.Length > 0) yield return sb.ToString();
    }

    private static IEnumerable<(string, JsonNode)> Step(string at, JsonNode node, string seg)
    {
        if (seg == "*")
        {
            if (node is JsonObject o) foreach (var m in o.Members) yield return ($"{at}.{m.Key}", m.Value);
            else if (node is JsonArray a) for (int i = 0; i < a.Items.Count; i++) yield return ($"{at}[{i}]", a.Items[i]);
            yield break;
        }
        if (seg.StartsWith('['))
        {
            int idx = int.Parse(seg.AsSpan(1), CultureInfo.InvariantCulture);
            if (node[idx] is JsonNode child) yield return ($"{at}[{idx}]", child);
            yield break;
        }
        if (node[seg] is JsonNode v) yield return ($"{at}.{seg}", v);
    }

    public static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode> children = node switch
        {
            JsonArray a => a.Items,
            JsonObject o => o.Members.Select(m => m.Value),
            _ => Enumerable.Empty<JsonNode>(),
        };
        foreach (var c in children)
            foreach (var d in Descendants(c))
                yield return d;
    }
}

static class Program
{
    const string Catalog = """
    {
      "store": "Books & \"Co\"",
      "open": true,
      "rating": 4.75,
      "founded": 1987,
      "owner": null,
      "tags": ["used", "rare", "caf\u00e9", "\ud83d\udcda stack"],
      "books": [
        { "title": "Dune", "author": "Herbert", "year": 1965, "price": 9.99, "stock": 4 },
        { "title": "Neuromancer", "author": "Gibson", "year": 1984, "price": 12.5, "stock": 0 },
        { "title": "Hyperion", "author": "Simmons", "year": 1989, "price": 8.25, "stock": 7 },
        { "title": "Foundation", "author": "Asimov", "year": 1951, "price": 7.0, "stock": 2 },
        { "title": "I, Robot", "author": "Asimov", "year": 1950, "price": 6.5, "stock": 11 },
        { "title": "Solaris", "author": "Lem", "year": 1961, "price": 10.1, "stock": 3 }
      ],
      "address": { "street": "1 Main St\tSuite 2", "zip": "01234", "geo": [51.5074, -0.1278] },
      "empty": { "list": [], "obj": {} }
    }
    """;

    static readonly string[] Numbers =
    {
        "0", "-0", "1", "-1", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
        "0.1", "0.2", "0.30000000000000004", "1e10", "1E-7", "123.456e2", "-2.5e-3", "1.7976931348623157e308",
        "5e-324", "3.141592653589793", "100000000000000000000", "12345678.9", "2.5E+15",
    };

    static readonly string[] Broken =
    {
        "{\"a\": 1,}",
        "[1, 2",
        "{\"a\" 1}",
        "[1, 2, 3] 4",
        "{\n  \"name\": \"x\",\n  \"bad\": tru\n}",
        "\"unterminated",
        "[\"bad escape \\q\"]",
        "[\"\\u12G4\"]",
        "{\n\n   @\n}",
        "[01]",
        "-",
        "[1.]",
        "{\"x\": [1, {\"y\": }]}",
        "",
        "[1e]",
    };

    static JsonNode Parse(string text, out Parser parser)
    {
        parser = new Parser(text);
        return parser.ParseDocument();
    }

    static void Main()
    {
        Console.WriteLine("== catalog ==");
        var doc = Parse(Catalog, out var p);
        Console.WriteLine($"nodes={p.NodeCount} maxDepth={p.MaxDepth}");
        Console.WriteLine(Writer.Pretty(doc));
        Console.WriteLine("== compact (ascii) ==");
        string compact = Writer.Compact(doc);
        Console.WriteLine(compact);
        Console.WriteLine($"compact length {compact.Length}");

        Console.WriteLine("== round trip ==");
        var again = Parse(compact, out _);
        Console.WriteLine(Writer.Compact(again) == compact ? "round trip identical" : "round trip DIFFERS");
        Console.WriteLine(Writer.Pretty(Parse(Writer.Pretty(doc, 4), out _), 4) == Writer.Pretty(doc, 4) ? "pretty(4) stable" : "pretty(4) unstable");

        Console.WriteLine("== strings ==");
        foreach (var (path, node) in Query.Select(doc, "tags.*"))
        {
            var s = ((JsonString)node).Value;
            var codes = string.Join(" ", s.Select(c => ((int)c).ToString("X4")));
            Console.WriteLine($"{path,-8} len={s.Length,2} surrogates={s.Count(char.IsSurrogate)} {Writer.Escape(s, true)} [{codes}]");
        }
        var addr = doc["address"]!["street"] as JsonString;
        Console.WriteLine($"street escaped: {Writer.Escape(addr!.Value, false)}");
        Console.WriteLine($"control chars: {Writer.Escape("a\u0001b\u001fc\u007f", false)}");

        Console.WriteLine("== numbers ==");
        foreach (var n in Numbers)
        {
            var node = (JsonNumber)Parse(n, out _);
            string kind = node.Kind;
            string back = Writer.FormatNumber(node);
            bool same = node.Integer is null ? double.Parse(back, CultureInfo.InvariantCulture) == node.Value : true;
            Console.WriteLine($"{n,-24} {kind,-8} -> {back,-24} {(same ? "ok" : "MISMATCH")} G6={node.Value.ToString("G6", CultureInfo.InvariantCulture)} E3={node.Value.ToString("E3", CultureInfo.InvariantCulture)}");
        }

        Console.WriteLine("== queries ==");
        var books = Query.Select(doc, "books.*").Select(x => (JsonObject)x.Node).ToList();
        Console.WriteLine($"{books.Count} books");
        foreach (var b in books.OrderBy(b => ((JsonNumber)b["year"]!).Integer))
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0,-12} {1,-8} {2,4} {3,7:F2} x{4,-3}",
                ((JsonString)b["title"]!).Value, ((JsonString)b["author"]!).Value,
                ((JsonNumber)b["year"]!).Integer, ((JsonNumber)b["price"]!).Value, ((JsonNumber)b["stock"]!).Integer));
        }
        var byAuthor = books.GroupBy(b => ((JsonString)b["author"]!).Value)
            .Select(g => new { Author = g.Key, Count = g.Count(), Value = g.Sum(b => ((JsonNumber)b["price"]!).Value * ((JsonNumber)b["stock"]!).Value) })
            .OrderByDescending(x => x.Value).ThenBy(x => x.Author);
        foreach (var a in byAuthor)
            Console.WriteLine($"  author {a.Author,-8} books={a.Count} inventory={a.Value.ToString("F2", CultureInfo.InvariantCulture)}");
        var inStock = books.Where(b => b["stock"] is JsonNumber { Integer: > 0 }).Select(b => ((JsonString)b["title"]!).Value);
        Console.WriteLine("  in stock: " + string.Join(", ", inStock));
        var avg = books.Average(b => ((JsonNumber)b["price"]!).Value);
        Console.WriteLine($"  average price {avg.ToString("F4", CultureInfo.InvariantCulture)}");
        foreach (var path in new[] { "books[2].title", "address.geo[1]", "address.geo[5]", "empty.list", "missing.x", "books[0]" })
        {
            var hits = Query.Select(doc, path).ToList();
            Console.WriteLine($"  {path,-16} => " + (hits.Count == 0 ? "(nothing)" : string.Join("; ", hits.Select(h => h.Path + " = " + Writer.Compact(h.Node)))));
        }
        var kinds = Query.Descendants(doc).GroupBy(n => n.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}:{g.Count()}");
        Console.WriteLine("  kinds " + string.Join(" ", kinds));
        Console.WriteLine($"  record equality: {new JsonString("x") == new JsonString("x")} {new JsonNumber(1, 1).Equals(new JsonNumber(1, null))} {new JsonBool(true)}");

        Console.WriteLine("== errors ==");
        for (int i = 0; i < Broken.Length; i++)
        {
            try
            {
                var node = Parse(Broken[i], out _);
                Console.WriteLine($"{i,2}: parsed?! {Writer.Compact(node)}");
            }
            catch (JsonParseException e)
            {
                Console.WriteLine($"{i,2}: {e.Message} [{e.Pos}]");
            }
        }

        Console.WriteLine("== generated ==");
        var gen = new JsonObject();
        var matrix = new JsonArray();
        for (int r = 0; r < 4; r++)
        {
            var row = new JsonArray();
            for (int c = 0; c < 4; c++) row.Items.Add(new JsonNumber(r * 0.5 + c, (r % 2 == 0) ? r * 10 + c : null));
            matrix.Items.Add(row);
        }
        gen.Add("matrix", matrix);
        gen.Add("unicode", new JsonString("\u00e9\u4e2d\ud83d\ude00\u0000end"));
        gen.Add("nested", Parse("[[[[[\"deep\"]]]]]", out var np));
        gen.Add("flags", new JsonArray { Items = { new JsonBool(true), JsonNull.Instance, new JsonBool(false) } });
        gen.Add("matrix", new JsonString("replaced, order kept"));
        gen.Add("last", new JsonNumber(-1e-300, null));
        Console.WriteLine($"nested depth {np.MaxDepth}");
        Console.WriteLine(Writer.Pretty(gen, 3, asciiOnly: true));
        Console.WriteLine(Writer.Pretty(matrix, 1));
        string deep = new string('[', 70) + new string(']', 70);
        try { Parse(deep, out _); }
        catch (JsonParseException e) { Console.WriteLine("deep: " + e.Message); }
    }
}

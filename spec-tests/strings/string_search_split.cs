// Searching, splitting and joining strings (ordinal).
using System;

class Program
{
    static void Main()
    {
        string text = "the quick brown fox jumps over the lazy dog; the end";
        int count = 0, at = 0;
        while ((at = text.IndexOf("the", at, StringComparison.Ordinal)) >= 0) { count++; at += 3; }
        Console.WriteLine("'the' occurs " + count + " times");
        var words = text.Split(new[] { ' ', ';' }, StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine(words.Length + " words, longest: " + words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).First());
        var freq = new SortedDictionary<char, int>();
        foreach (char c in text) if (char.IsLetter(c)) freq[c] = freq.GetValueOrDefault(c) + 1;
        Console.WriteLine(string.Join(" ", freq.Where(kv => kv.Value >= 3).Select(kv => $"{kv.Key}:{kv.Value}")));
        Console.WriteLine(string.Join("|", "a:b::c:".Split(':')));
        Console.WriteLine(string.Join("|", "a:b::c:".Split(':', 3)));
        Console.WriteLine(string.Join("|", "a1b22c333".Split(new[] { '1', '2', '3' }, StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(string.Join("|", "one, two ,three".Split(',', StringSplitOptions.TrimEntries)));
        Console.WriteLine(string.Join("|", "".Split(',')) + "#" + "".Split(',', StringSplitOptions.RemoveEmptyEntries).Length);
        string csv = "name=dot;version=1.0;;empty=";
        foreach (var part in csv.Split(';'))
        {
            int eq = part.IndexOf('=');
            Console.WriteLine(eq < 0 ? $"(no '=' in '{part}')" : $"{part[..eq]} => '{part[(eq + 1)..]}'");
        }
        Console.WriteLine(text.LastIndexOf("the", StringComparison.Ordinal) + " " + text.LastIndexOf('o') + " " + text.IndexOf("cat", StringComparison.Ordinal));
        Console.WriteLine(text.StartsWith("the", StringComparison.Ordinal) + " " + text.EndsWith("end", StringComparison.Ordinal) + " " + text.Contains("fox jumps"));
        Console.WriteLine(string.Join(" ", words.Select(w => char.ToUpperInvariant(w[0]) + w[1..])));
    }
}

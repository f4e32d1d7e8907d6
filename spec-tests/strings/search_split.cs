// ordinal string search and splitting: IndexOf variants, LastIndexOf, Split options, Trim variants,
// StartsWith/EndsWith with ordinal comparison, Contains, Replace and string.Join/Concat overloads
string s = "the quick brown fox jumps over the lazy dog";
Console.WriteLine($"{s.IndexOf("the")} {s.IndexOf("the", 1)} {s.LastIndexOf("the")} {s.IndexOf('o')} {s.LastIndexOf('o')} {s.IndexOf('o', 13, 5)} {s.IndexOf("cat")}");
Console.WriteLine($"{s.IndexOfAny(new[] { 'x', 'z' })} {s.LastIndexOfAny(new[] { 'q', 'u' })} {s.IndexOf("")} {s.LastIndexOf("")}");
Console.WriteLine($"{s.StartsWith("the", StringComparison.Ordinal)} {s.EndsWith("DOG", StringComparison.OrdinalIgnoreCase)} {s.Contains("fox")} {s.Contains('Q')}");
Console.WriteLine($"{s.IndexOf("BROWN", StringComparison.OrdinalIgnoreCase)} {string.Compare("a", "B", StringComparison.OrdinalIgnoreCase)} {string.CompareOrdinal("a", "B")}");
foreach (var part in "a,b,,c,".Split(',')) Console.Write("[" + part + "]");
Console.WriteLine();
foreach (var part in "a,b,,c,".Split(',', StringSplitOptions.RemoveEmptyEntries)) Console.Write("[" + part + "]");
Console.WriteLine();
foreach (var part in " a , b ,, c ".Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) Console.Write("[" + part + "]");
Console.WriteLine();
foreach (var part in "k1=v1;k2=v2;k3".Split(new[] { ';', '=' }, 4)) Console.Write("[" + part + "]");
Console.WriteLine();
foreach (var part in "one<>two<>three".Split("<>")) Console.Write("[" + part + "]");
Console.WriteLine();
foreach (var part in "a b\tc\nd".Split()) Console.Write("[" + part + "]");
Console.WriteLine();
Console.WriteLine("[" + "  xx  ".Trim() + "][" + "  xx  ".TrimStart() + "][" + "  xx  ".TrimEnd() + "][" + "--x--".Trim('-') + "][" + "abcxa".TrimEnd('a', 'x') + "]");
Console.WriteLine("aaa".Replace("a", "bb") + " " + "abcabc".Replace("bc", "") + " " + "x.y.z".Replace('.', '/'));
Console.WriteLine(string.Join("-", new List<int> { 1, 2, 3 }) + " " + string.Join(", ", "a", "b") + " " + string.Concat(new[] { "x", "y", "z" }) + " " + string.Join("/", Array.Empty<string>()) + ".");
Console.WriteLine("abc".PadLeft(6, '.') + "abc".PadRight(6, '.') + "|" + "abcdef".Substring(2) + "|" + "abcdef".Substring(1, 3) + "|" + "abcdef"[^2..]);
Console.WriteLine("Hello".Insert(5, ", World").Remove(0, 1) + " " + "banana".Count(c => c == 'a') + " " + "ab".CompareTo("abc"));
Console.WriteLine(string.IsNullOrEmpty("") + " " + string.IsNullOrWhiteSpace(" \t") + " " + string.IsNullOrEmpty(null));
Console.WriteLine("Mixed Case".ToUpperInvariant() + " " + "Mixed Case".ToLowerInvariant() + " " + "tEST".ToUpper());
Console.WriteLine(string.Equals("a", "A") + " " + string.Equals("a", "A", StringComparison.OrdinalIgnoreCase) + " " + "abc".GetHashCode().Equals("abc".GetHashCode()));

// chars in switch statements/expressions, patterns on chars, counting and a tiny tokenizer
static string Kind(char c) => c switch
{
    >= '0' and <= '9' => "digit",
    >= 'a' and <= 'z' or >= 'A' and <= 'Z' => "letter",
    ' ' or '\t' => "space",
    '+' or '-' or '*' or '/' => "op",
    '(' => "open",
    ')' => "close",
    _ => "other",
};
string expr = "(12 + x3)*4 - y/ 7;";
var counts = new SortedDictionary<string, int>();
foreach (char c in expr)
{
    string k = Kind(c);
    counts[k] = counts.TryGetValue(k, out int n) ? n + 1 : 1;
}
foreach (var kv in counts) Console.WriteLine($"{kv.Key}: {kv.Value}");
var tokens = new List<string>();
int i = 0;
while (i < expr.Length)
{
    char c = expr[i];
    if (char.IsWhiteSpace(c)) { i++; continue; }
    int start = i;
    if (char.IsLetterOrDigit(c)) while (i < expr.Length && char.IsLetterOrDigit(expr[i])) i++;
    else i++;
    tokens.Add(expr[start..i]);
}
Console.WriteLine(string.Join(" | ", tokens));
int sum = 0;
foreach (char c in "a1b22c333")
{
    switch (c)
    {
        case '1': sum += 1; break;
        case '2': sum += 20; break;
        case '3': sum += 300; break;
        default: sum -= 1; break;
    }
}
Console.WriteLine(sum);
Console.WriteLine(string.Concat("Hello World".Where(char.IsUpper)));
Console.WriteLine(new string("Mississippi".Distinct().ToArray()));
Console.WriteLine("abc".Select(c => (char)(c + 1)).Aggregate("", (s, c) => s + c));

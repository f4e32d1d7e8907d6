// list patterns (fixed, slices, nested, on arrays, lists and spans), relational and logical
// patterns on numbers and chars, and switch expressions over tuples
int[][] inputs = { new int[0], new[] { 1 }, new[] { 1, 2 }, new[] { 1, 2, 3 }, new[] { 5, 0, 0, 0, 5 }, new[] { 9, 8, 7, 6 } };
foreach (var xs in inputs) Console.WriteLine($"[{string.Join(",", xs)}] => {Classify(xs)}");
static string Classify(int[] xs) => xs switch
{
    [] => "empty",
    [var only] => $"single {only}",
    [1, 2] => "exactly 1,2",
    [1, .., 3] => "starts 1 ends 3",
    [var f, .. var mid, var l] when f == l => $"same ends, middle {mid.Length}",
    [_, _, .. { Length: > 1 } rest] => $"long tail of {rest.Length} sum {rest.Sum()}",
    _ => "other",
};
var list = new List<string> { "cmd", "--force", "file.txt" };
Console.WriteLine(list switch
{
    ["cmd", "--force", var file] => "forced " + file,
    ["cmd", var file] => "normal " + file,
    _ => "?",
});
ReadOnlySpan<char> span = "hello";
Console.WriteLine(span is ['h', .., 'o'] ? "h...o" : "no");
Console.WriteLine("xyz" is [_, 'y', _] ? "y in middle" : "no");
int[][] nested = { new[] { 1, 2 }, new[] { 3 } };
Console.WriteLine(nested is [[1, _], [3]] ? "nested match" : "no");
foreach (var n in new[] { -5, 0, 7, 15, 100, 1000 })
    Console.Write(n switch { < 0 => "neg ", 0 => "zero ", > 0 and < 10 => "small ", >= 10 and <= 100 => "medium ", _ => "large " });
Console.WriteLine();
foreach (var c in "aZ5_ ")
    Console.Write(c switch { >= 'a' and <= 'z' => 'l', >= 'A' and <= 'Z' => 'U', >= '0' and <= '9' => 'd', ' ' => 's', _ => '?' });
Console.WriteLine();
foreach (var (a, b) in new[] { (0, 0), (1, 0), (0, 1), (2, 2), (3, -3) })
    Console.Write((a, b) switch { (0, 0) => "O ", (_, 0) => "X ", (0, _) => "Y ", var (x, y) when x == y => "D ", _ => "* " });
Console.WriteLine();
double temp = 23.5;
Console.WriteLine(temp switch { < 0 => "freezing", < 15 => "cold", < 25 => "mild", _ => "hot" });
object o = 5;
Console.WriteLine(o is int and > 3 and not 10 ? "int in range" : "no");
Console.WriteLine(o is not (string or null) ? "not string/null" : "string or null");

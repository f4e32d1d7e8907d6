// deep recursion: 100,000-deep mutual recursion, recursion with struct arguments and returns,
// Ackermann (small), recursive descent parser, memoized recursion, and a deep recursive
// data-structure walk (a 200,000-node linked list summed recursively)
Console.WriteLine(IsEven(100001) + " " + IsOdd(77777));
Console.WriteLine(Depth(new Acc(0, 0), 50000));
Console.WriteLine(Ack(2, 3) + " " + Ack(3, 3));
Console.WriteLine(Parser.Eval("2*(3+4)-10/(1+1)") + " " + Parser.Eval("((((1))))+2*3*4-(5-6)"));
var memo = new Dictionary<int, long>();
long Fib(int n) => n < 2 ? n : memo.TryGetValue(n, out var v) ? v : (memo[n] = Fib(n - 1) + Fib(n - 2));
Console.WriteLine(Fib(90));
Node? head = null;
for (int i = 1; i <= 200000; i++) head = new Node(i, head);
Console.WriteLine(SumList(head));
Console.WriteLine(Hanoi(18, 'A', 'C', 'B'));
Console.WriteLine(string.Join(",", Permutations("abcd").Take(5)) + " count=" + Permutations("abcde").Count());
static bool IsEven(int n) => n == 0 || IsOdd(n - 1);
static bool IsOdd(int n) => n != 0 && IsEven(n - 1);
static Acc Depth(Acc a, int n) => n == 0 ? a : Depth(new Acc(a.Sum + n, a.Count + 1), n - 1);
static int Ack(int m, int n) => m == 0 ? n + 1 : n == 0 ? Ack(m - 1, 1) : Ack(m - 1, Ack(m, n - 1));
static long SumList(Node? n) => n == null ? 0 : n.Value + SumList(n.Next);
static long Hanoi(int n, char from, char to, char via) => n == 0 ? 0 : Hanoi(n - 1, from, via, to) + 1 + Hanoi(n - 1, via, to, from);
static IEnumerable<string> Permutations(string s)
{
    if (s.Length <= 1) { yield return s; yield break; }
    for (int i = 0; i < s.Length; i++)
        foreach (var rest in Permutations(s.Remove(i, 1))) yield return s[i] + rest;
}
record struct Acc(long Sum, int Count);
record Node(int Value, Node? Next);
static class Parser
{
    public static int Eval(string s) { int pos = 0; return Expr(s, ref pos); }
    static int Expr(string s, ref int p) { int v = Term(s, ref p); while (p < s.Length && (s[p] == '+' || s[p] == '-')) { char op = s[p++]; int r = Term(s, ref p); v = op == '+' ? v + r : v - r; } return v; }
    static int Term(string s, ref int p) { int v = Factor(s, ref p); while (p < s.Length && (s[p] == '*' || s[p] == '/')) { char op = s[p++]; int r = Factor(s, ref p); v = op == '*' ? v * r : v / r; } return v; }
    static int Factor(string s, ref int p)
    {
        if (s[p] == '(') { p++; int v = Expr(s, ref p); p++; return v; }
        int start = p;
        while (p < s.Length && char.IsDigit(s[p])) p++;
        return int.Parse(s.AsSpan(start, p - start));
    }
}

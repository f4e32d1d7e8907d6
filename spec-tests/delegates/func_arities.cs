// Func/Action of many arities (up to 16 arguments), delegates with ref/out parameters, params-like
// arrays, optional-free custom delegate types, generic delegate methods, and delegate equality
Func<int> f0 = () => 1;
Func<int, int, int, int, int, int, int, int, int> f8 = (a, b, c, d, e, f, g, h) => a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8;
Func<int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, long> f16 =
    (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p) => (long)a * b * c * d + e + f + g + h + i + j + k + l + m + n + o + p;
Console.WriteLine(f0() + " " + f8(1, 2, 3, 4, 5, 6, 7, 8) + " " + f16(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16));
var log = new List<string>();
Action<string, int, double, char, bool, long, byte, short, float> a9 = (s, i, d, c, b, l, by, sh, fl) => log.Add($"{s}{i}{d}{c}{b}{l}{by}{sh}{fl}");
a9("x", 1, 2.5, 'c', true, 9L, 7, -3, 1.5f);
Console.WriteLine(log[0]);
Swapper<int> sw = Swap;
int p = 1, q = 2;
sw(ref p, ref q);
Console.WriteLine(p + " " + q);
TryGet tg = TryHalf;
Console.WriteLine(tg(10, out var half) + " " + half + " " + tg(7, out half) + " " + half);
Summer sum = Sum;
Console.WriteLine(sum(1, 2, 3) + " " + sum() + " " + sum(new[] { 10, 20 }));
Console.WriteLine(Apply<string, int>(s => s.Length, "four") + " " + Apply<int, string>(i => new string('*', i), 3));
Func<int, int> sq1 = Square, sq2 = Square;
Console.WriteLine((sq1 == sq2) + " " + sq1.Equals(sq2) + " " + (sq1 == (Func<int, int>)(x => x * x)));
Func<Func<int, int>, int, int> twice = (g, x) => g(g(x));
Console.WriteLine(twice(Square, 3) + " " + twice(x => x + 10, 1));
static void Swap<T>(ref T a, ref T b) => (a, b) = (b, a);
static bool TryHalf(int x, out int h) { h = x / 2; return x % 2 == 0; }
static int Sum(params int[] xs) => xs.Sum();
static R Apply<T, R>(Func<T, R> f, T x) => f(x);
static int Square(int x) => x * x;
delegate void Swapper<T>(ref T a, ref T b);
delegate bool TryGet(int x, out int result);
delegate int Summer(params int[] xs);

// A small expression language: lexer, Pratt parser to an AST of records, a tree-walking
// evaluator with lexical scopes, first-class functions, closures, recursion, lists, strings,
// runtime errors with positions, and a handful of scripts embedded as strings.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ExprLang;

enum T { Num, Str, Ident, Op, LParen, RParen, LBracket, RBracket, LBrace, RBrace, Comma, Semi, Let, Fn, If, Else, While, Return, True, False, Nil, Eof }

record Tok(T Type, string Text, int Line, int Col)
{
    public override string ToString() => Type is T.Eof ? "<eof>" : $"'{Text}'";
}

class LangError : Exception
{
    public int Line { get; }
    public LangError(string msg, int line) : base(msg) => Line = line;
}

class ParseError(string msg, int line) : LangError("parse error: " + msg, line);
class RuntimeError(string msg, int line) : LangError("runtime error: " + msg, line);

static class Lexer
{
    static readonly Dictionary<string, T> Keywords = new()
    {
        ["let"] = T.Let, ["fn"] = T.Fn, ["if"] = T.If, ["else"] = T.Else, ["while"] = T.While,
        ["return"] = T.Return, ["true"] = T.True, ["false"] = T.False, ["nil"] = T.Nil,
    };
    static readonly string[] TwoCharOps = { "==", "!=", "<=", ">=", "&&", "||", "=>", "++" };

    public static List<Tok> Lex(string src)
    {
        var toks = new List<Tok>();
        int i = 0, line = 1, lineStart = 0;
        while (i < src.Length)
        {
            char c = src[i];
            int col = i - lineStart + 1;
            if (c == '\n') { line++; i++; lineStart = i; continue; }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '#') { while (i < src.Length && src[i] != '\n') i++; continue; }
            if (char.IsDigit(c))
            {
                int s = i;
                while (i < src.Length && (char.IsDigit(src[i]) || src[i] == '.')) i++;
                toks.Add(new Tok(T.Num, src[s..i], line, col));
                continue;
            }
            if (char.IsLetter(c) || c == '_')
            {
                int s = i;
                while (i < src.Length && (char.IsLetterOrDigit(src[i]) || src[i] == '_')) i++;
                string w = src[s..i];
                toks.Add(new Tok(Keywords.TryGetValue(w, out var kw) ? kw : T.Ident, w, line, col));
                continue;
            }
            if (c == '"')
            {
                var sb = new StringBuilder();
                i++;
                while (i < src.Length && src[i] != '"')
                {
                    if (src[i] == '\\' && i + 1 < src.Length)
                    {
                        i++;
                        sb.Append(src[i] switch { 'n' => '\n', 't' => '\t', var other => other });
                    }
                    else sb.Append(src[i]);
                    i++;
                }
                if (i >= src.Length) throw new ParseError("unterminated string", line);
                i++;
                toks.Add(new Tok(T.Str, sb.ToString(), line, col));
                continue;
            }
            string two = i + 1 < src.Length ? src.Substring(i, 2) : "";
            if (Array.IndexOf(TwoCharOps, two) >= 0) { toks.Add(new Tok(T.Op, two, line, col)); i += 2; continue; }
            T single = c switch
            {
                '(' => T.LParen, ')' => T.RParen, '[' => T.LBracket, ']' => T.RBracket,
                '{' => T.LBrace, '}' => T.RBrace, ',' => T.Comma, ';' => T.Semi,
                '+' or '-' or '*' or '/' or '%' or '<' or '>' or '=' or '!' or '.' => T.Op,
                _ => throw new ParseError($"unexpected character '{c}' at column {col}", line),
            };
            toks.Add(new Tok(single, c.ToString(), line, col));
            i++;
        }
        toks.Add(new Tok(T.Eof, "", line, 1));
        return toks;
    }
}

abstract record Node(int Line);
record NumLit(double Value, int Line) : Node(Line);
record StrLit(string Value, int Line) : Node(Line);
record BoolLit(bool Value, int Line) : Node(Line);
record NilLit(int Line) : Node(Line);
record Var(string Name, int Line) : Node(Line);
record Unary(string Op, Node Operand, int Line) : Node(Line);
record Binary(string Op, Node Left, Node Right, int Line) : Node(Line);
record Assign(string Name, Node Value, int Line) : Node(Line);
record Call(Node Callee, List<Node> Args, int Line) : Node(Line);
record Index(Node Target, Node Key, int Line) : Node(Line);
record ListLit(List<Node> Items, int Line) : Node(Line);
record Lambda(string? Name, List<string> Params, Node Body, int Line) : Node(Line);
record IfExpr(Node Cond, Node Then, Node? Else, int Line) : Node(Line);
record WhileExpr(Node Cond, Node Body, int Line) : Node(Line);
record Block(List<Node> Body, int Line) : Node(Line);
record Let(string Name, Node Value, int Line) : Node(Line);
record Return(Node? Value, int Line) : Node(Line);

sealed class Parser
{
    private readonly List<Tok> toks;
    private int p;
    public Parser(List<Tok> toks) => this.toks = toks;

    Tok Peek => toks[p];
    Tok Take() => toks[p++];
    bool At(T t, string? text = null) => Peek.Type == t && (text == null || Peek.Text == text);
    Tok Expect(T t, string? text = null) =>
        At(t, text) ? Take() : throw new ParseError($"expected {text ?? t.ToString()} but found {Peek}", Peek.Line);

    static int Precedence(string op) => op switch
    {
        "=" => 1,
        "||" => 2,
        "&&" => 3,
        "==" or "!=" => 4,
        "<" or ">" or "<=" or ">=" => 5,
        "++" => 6,
        "+" or "-" => 7,
        "*" or "/" or "%" => 8,
        _ => 0,
    };

    public List<Node> Program()
    {
        var list = new List<Node>();
        while (!At(T.Eof))
        {
            list.Add(Statement());
        }
        return list;
    }

    Node Statement()
    {
        Node n;
        if (At(T.Let))
        {
            var t = Take();
            string name = Expect(T.Ident).Text;
            Expect(T.Op, "=");
            var value = Expr(0);
            if (value is Lambda { Name: null } lam) value = lam with { Name = name };
            n = new Let(name, value, t.Line);
        }
        else if (At(T.Return))
        {
            var t = Take();
            n = new Return(At(T.Semi) || At(T.RBrace) ? null : Expr(0), t.Line);
        }
        else n = Expr(0);
        if (At(T.Semi)) Take();
        return n;
    }

    Node Expr(int minPrec)
    {
        var left = Prefix();
        while (true)
        {
            var t = Peek;
            if (t.Type == T.LParen) { Take(); left = new Call(left, Args(T.RParen), t.Line); continue; }
            if (t.Type == T.LBracket) { Take(); var key = Expr(0); Expect(T.RBracket); left = new Index(left, key, t.Line); continue; }
            if (t.Type != T.Op) break;
            int prec = Precedence(t.Text);
            if (prec == 0 || prec <= minPrec) break;
            Take();
            if (t.Text == "=")
            {
                if (left is not Var v) throw new ParseError("invalid assignment target", t.Line);
                left = new Assign(v.Name, Expr(prec - 1), t.Line); // right associative
            }
            else left = new Binary(t.Text, left, Expr(prec), t.Line);
        }
        return left;
    }

    List<Node> Args(T close)
    {
        var args = new List<Node>();
        if (!At(close))
        {
            do { args.Add(Expr(0)); } while (At(T.Comma) && Take() is not null);
        }
        Expect(close);
        return args;
    }

    Node Prefix()
    {
        var t = Take();
        switch (t.Type)
        {
            case T.Num: return new NumLit(double.Parse(t.Text, CultureInfo.InvariantCulture), t.Line);
            case T.Str: return new StrLit(t.Text, t.Line);
            case T.True: return new BoolLit(true, t.Line);
            case T.False: return new BoolLit(false, t.Line);
            case T.Nil: return new NilLit(t.Line);
            case T.Ident: return new Var(t.Text, t.Line);
            case T.Op when t.Text is "-" or "!": return new Unary(t.Text, Expr(9), t.Line);
            case T.LParen: { var e = Expr(0); Expect(T.RParen); return e; }
            case T.LBracket: return new ListLit(Args(T.RBracket), t.Line);
            case T.LBrace:
                {
                    var body = new List<Node>();
                    while (!At(T.RBrace)) body.Add(Statement());
                    Take();
                    return new Block(body, t.Line);
                }
            case T.Fn:
                {
                    Expect(T.LParen);
                    var ps = new List<string>();
                    if (!At(T.RParen))
                        do { ps.Add(Expect(T.Ident).Text); } while (At(T.Comma) && Take() is not null);
                    Expect(T.RParen);
                    Node body;
                    if (At(T.Op, "=>")) { Take(); body = Expr(0); }
                    else body = Prefix();
                    return new Lambda(null, ps, body, t.Line);
                }
            case T.If:
                {
                    var cond = Expr(0);
                    var then = Expr(0);
                    Node? els = null;
                    if (At(T.Else)) { Take(); els = Expr(0); }
                    return new IfExpr(cond, then, els, t.Line);
                }
            case T.While:
                {
                    var cond = Expr(0);
                    return new WhileExpr(cond, Expr(0), t.Line);
                }
            default:
                throw new ParseError($"unexpected {t}", t.Line);
        }
    }
}

// Runtime values
abstract record Value
{
    public static readonly Value Nil = new NilV();
    public abstract string TypeName { get; }
}
sealed record NilV : Value { public override string TypeName => "nil"; public override string ToString() => "nil"; }
sealed record NumV(double V) : Value
{
    public override string TypeName => "number";
    public override string ToString() => V.ToString(CultureInfo.InvariantCulture);
}
sealed record StrV(string V) : Value { public override string TypeName => "string"; public override string ToString() => V; }
sealed record BoolV(bool V) : Value { public override string TypeName => "bool"; public override string ToString() => V ? "true" : "false"; }
sealed record ListV(List<Value> Items) : Value
{
    public override string TypeName => "list";
    public override string ToString() => "[" + string.Join(", ", Items.Select(i => i is StrV s ? $"\"{s.V}\"" : i.ToString())) + "]";
}
abstract record FnV : Value
{
    public override string TypeName => "function";
    public abstract int Arity { get; }
}
sealed record Closure(Lambda Def, Env Captured) : FnV
{
    public override int Arity => Def.Params.Count;
    public override string ToString() => $"<fn {Def.Name ?? "anonymous"}/{Arity}>";
}
sealed record Builtin(string Name, int ArityValue, Func<List<Value>, int, Value> Impl) : FnV
{
    public override int Arity => ArityValue;
    public override string ToString() => $"<builtin {Name}>";
}

sealed class Env
{
    private readonly Dictionary<string, Value> vars = new();
    public Env? Parent { get; }
    public Env(Env? parent) => Parent = parent;
    public void Define(string name, Value v) => vars[name] = v;
    public Value Get(string name, int line) =>
        vars.TryGetValue(name, out var v) ? v : Parent?.Get(name, line) ?? throw new RuntimeError($"undefined variable '{name}'", line);
    public void Set(string name, Value v, int line)
    {
        if (vars.ContainsKey(name)) vars[name] = v;
        else if (Parent != null) Parent.Set(name, v, line);
        else throw new RuntimeError($"assignment to undeclared '{name}'", line);
    }
}

sealed class ReturnSignal(Value value) : Exception
{
    public Value Value { get; } = value;
}

sealed class Interpreter
{
    public int Calls { get; private set; }
    public int MaxDepth { get; private set; }
    private int depth;
    private readonly StringBuilder output;
    public Env Globals { get; } = new(null);

    public Interpreter(StringBuilder output)
    {
        this.output = output;
        Def("print", -1, (a, _) => { output.AppendLine(string.Join(" ", a)); return Value.Nil; });
        Def("len", 1, (a, l) => a[0] switch
        {
            ListV lv => new NumV(lv.Items.Count),
            StrV s => new NumV(s.V.Length),
            var v => throw new RuntimeError($"len of {v.TypeName}", l),
        });
        Def("push", 2, (a, l) =>
        {
            if (a[0] is not ListV lv) throw new RuntimeError("push needs a list", l);
            lv.Items.Add(a[1]);
            return lv;
        });
        Def("str", 1, (a, _) => new StrV(a[0].ToString()!));
        Def("floor", 1, (a, l) => new NumV(Math.Floor(Num(a[0], l))));
        Def("sqrt", 1, (a, l) => new NumV(Math.Sqrt(Num(a[0], l))));
        Def("type", 1, (a, _) => new StrV(a[0].TypeName));
        Def("error", 1, (a, l) => throw new RuntimeError(a[0].ToString()!, l));
        Def("range", 2, (a, l) => new ListV(Enumerable.Range((int)Num(a[0], l), Math.Max(0, (int)Num(a[1], l) - (int)Num(a[0], l))).Select(i => (Value)new NumV(i)).ToList()));
        Def("fmt", 2, (a, l) => new StrV(Num(a[0], l).ToString("F" + (int)Num(a[1], l), CultureInfo.InvariantCulture)));
    }

    void Def(string name, int arity, Func<List<Value>, int, Value> f) => Globals.Define(name, new Builtin(name, arity, f));

    static double Num(Value v, int line) => v is NumV n ? n.V : throw new RuntimeError($"expected number, got {v.TypeName}", line);

    static bool Truthy(Value v) => v switch
    {
        NilV => false,
        BoolV b => b.V,
        NumV n => n.V != 0,
        StrV s => s.V.Length > 0,
        ListV l => l.Items.Count > 0,
        _ => true,
    };

    public Value Run(List<Node> program)
    {
        Value last = Value.Nil;
        foreach (var n in program) last = Eval(n, Globals);
        return last;
    }

    public Value Eval(Node node, Env env)
    {
        switch (node)
        {
            case NumLit n: return new NumV(n.Value);
            case StrLit s: return new StrV(s.Value);
            case BoolLit b: return new BoolV(b.Value);
            case NilLit: return Value.Nil;
            case Var v: return env.Get(v.Name, v.Line);
            case Let l:
                {
                    // Define first so a recursive function can see itself.
                    env.Define(l.Name, Value.Nil);
                    var val = Eval(l.Value, env);
                    env.Define(l.Name, val);
                    return val;
                }
            case Assign a:
                {
                    var val = Eval(a.Value, env);
                    env.Set(a.Name, val, a.Line);
                    return val;
                }
            case Unary u:
                {
                    var x = Eval(u.Operand, env);
                    return u.Op == "-" ? new NumV(-Num(x, u.Line)) : new BoolV(!Truthy(x));
                }
            case Binary { Op: "&&" } and2: return Truthy(Eval(and2.Left, env)) ? Eval(and2.Right, env) : new BoolV(false);
            case Binary { Op: "||" } or2: { var l = Eval(or2.Left, env); return Truthy(l) ? l : Eval(or2.Right, env); }
            case Binary b: return BinaryOp(b.Op, Eval(b.Left, env), Eval(b.Right, env), b.Line);
            case ListLit ll: return new ListV(ll.Items.Select(i => Eval(i, env)).ToList());
            case Index ix:
                {
                    var target = Eval(ix.Target, env);
                    var key = Eval(ix.Key, env);
                    int i = (int)Num(key, ix.Line);
                    return target switch
                    {
                        ListV lv when i >= 0 && i < lv.Items.Count => lv.Items[i],
                        StrV sv when i >= 0 && i < sv.V.Length => new StrV(sv.V[i].ToString()),
                        ListV or StrV => throw new RuntimeError($"index {i} out of range", ix.Line),
                        _ => throw new RuntimeError($"cannot index {target.TypeName}", ix.Line),
                    };
                }
            case Lambda lam: return new Closure(lam, env);
            case Block blk:
                {
                    var inner = new Env(env);
                    Value last = Value.Nil;
                    foreach (var s in blk.Body) last = Eval(s, inner);
                    return last;
                }
            case IfExpr ie:
                return Truthy(Eval(ie.Cond, env)) ? Eval(ie.Then, env) : ie.Else is null ? Value.Nil : Eval(ie.Else, env);
            case WhileExpr we:
                {
                    Value last = Value.Nil;
                    int guard = 0;
                    while (Truthy(Eval(we.Cond, env)))
                    {
                        if (++guard > 100000) throw new RuntimeError("loop limit exceeded", we.Line);
                        last = Eval(we.Body, env);
                    }
                    return last;
                }
            case Return r: throw new ReturnSignal(r.Value is null ? Value.Nil : Eval(r.Value, env));
            case Call c:
                {
                    var callee = Eval(c.Callee, env);
                    var args = c.Args.Select(a => Eval(a, env)).ToList();
                    return Apply(callee, args, c.Line);
                }
            default:
                throw new InvalidOperationException("unknown node " + node.GetType().Name);
        }
    }

    public Value Apply(Value callee, List<Value> args, int line)
    {
        if (callee is not FnV fn) throw new RuntimeError($"cannot call {callee.TypeName}", line);
        if (fn.Arity >= 0 && fn.Arity != args.Count)
            throw new RuntimeError($"{fn} expects {fn.Arity} argument(s), got {args.Count}", line);
        Calls++;
        if (++depth > 200) { depth = 0; throw new RuntimeError("stack overflow", line); }
        MaxDepth = Math.Max(MaxDepth, depth);
        try
        {
            switch (fn)
            {
                case Builtin b: return b.Impl(args, line);
                case Closure cl:
                    var local = new Env(cl.Captured);
                    for (int i = 0; i < args.Count; i++) local.Define(cl.Def.Params[i], args[i]);
                    try { return Eval(cl.Def.Body, local); }
                    catch (ReturnSignal rs) { return rs.Value; }
                default: throw new UnreachableException();
            }
        }
        finally { if (depth > 0) depth--; }
    }

    static Value BinaryOp(string op, Value l, Value r, int line) => (op, l, r) switch
    {
        ("+", NumV a, NumV b) => new NumV(a.V + b.V),
        ("+", StrV a, _) => new StrV(a.V + r),
        ("+", ListV a, ListV b) => new ListV(a.Items.Concat(b.Items).ToList()),
        ("++", _, _) => new StrV(l.ToString() + r.ToString()),
        ("-", NumV a, NumV b) => new NumV(a.V - b.V),
        ("*", NumV a, NumV b) => new NumV(a.V * b.V),
        ("*", StrV a, NumV b) => new StrV(string.Concat(Enumerable.Repeat(a.V, (int)b.V))),
        ("/", NumV, NumV { V: 0 }) => throw new RuntimeError("division by zero", line),
        ("/", NumV a, NumV b) => new NumV(a.V / b.V),
        ("%", NumV a, NumV b) => new NumV(a.V % b.V),
        ("==", _, _) => new BoolV(l.Equals(r)),
        ("!=", _, _) => new BoolV(!l.Equals(r)),
        ("<", NumV a, NumV b) => new BoolV(a.V < b.V),
        (">", NumV a, NumV b) => new BoolV(a.V > b.V),
        ("<=", NumV a, NumV b) => new BoolV(a.V <= b.V),
        (">=", NumV a, NumV b) => new BoolV(a.V >= b.V),
        ("<", StrV a, StrV b) => new BoolV(string.CompareOrdinal(a.V, b.V) < 0),
        _ => throw new RuntimeError($"operator {op} not defined for {l.TypeName} and {r.TypeName}", line),
    };
}

class UnreachableException : Exception { }

static class Printer
{
    public static string Show(Node n) => n switch
    {
        NumLit x => x.Value.ToString(CultureInfo.InvariantCulture),
        StrLit s => $"\"{s.Value}\"",
        BoolLit b => b.Value ? "true" : "false",
        NilLit => "nil",
        Var v => v.Name,
        Unary u => $"({u.Op}{Show(u.Operand)})",
        Binary b => $"({Show(b.Left)} {b.Op} {Show(b.Right)})",
        Assign a => $"({a.Name} = {Show(a.Value)})",
        Call c => $"{Show(c.Callee)}({string.Join(", ", c.Args.Select(Show))})",
        Index i => $"{Show(i.Target)}[{Show(i.Key)}]",
        ListLit l => $"[{string.Join(", ", l.Items.Select(Show))}]",
        Lambda f => $"fn({string.Join(", ", f.Params)}) => {Show(f.Body)}",
        IfExpr ie => $"if {Show(ie.Cond)} {Show(ie.Then)}" + (ie.Else is null ? "" : $" else {Show(ie.Else)}"),
        WhileExpr w => $"while {Show(w.Cond)} {Show(w.Body)}",
        Block b => "{ " + string.Join("; ", b.Body.Select(Show)) + " }",
        Let l => $"let {l.Name} = {Show(l.Value)}",
        Return r => r.Value is null ? "return" : $"return {Show(r.Value)}",
        _ => "?",
    };
}

static class Program
{
    static readonly (string Name, string Source)[] Scripts =
    {
        ("arithmetic", """
            print(1 + 2 * 3, (1 + 2) * 3, 10 / 4, 10 % 4, -3 * -3, 2 * 3 + 4 * 5 - 6 / 2);
            print(1 < 2 && 2 < 3, 1 > 2 || !false, 0.1 + 0.2, 1 / 3);
            let x = 5; let y = x = x + 1; print(x, y);
            "done " ++ (x * y)
            """),
        ("closures", """
            let makeCounter = fn(start) {
              let n = start;
              fn() { n = n + 1; n }
            };
            let a = makeCounter(0);
            let b = makeCounter(100);
            a(); a(); b();
            print("a:", a(), "b:", b());
            let adder = fn(k) => fn(v) => v + k;
            let add5 = adder(5);
            print(add5(1), adder(10)(20), add5);
            let compose = fn(f, g) => fn(v) => f(g(v));
            let inc = fn(v) => v + 1;
            let dbl = fn(v) => v * 2;
            print(compose(inc, dbl)(7), compose(dbl, inc)(7));
            a
            """),
        ("recursion", """
            let fib = fn(n) => if n < 2 n else fib(n - 1) + fib(n - 2);
            let fact = fn(n) => if n <= 1 1 else n * fact(n - 1);
            let out = [];
            let i = 0;
            while i < 15 { push(out, fib(i)); i = i + 1 };
            print("fib:", out);
            print("fact(20) =", fact(20), "fact(25) =", fact(25));
            let gcd = fn(a, b) { if b == 0 { return a }; gcd(b, a % b) };
            print("gcd", gcd(1071, 462), gcd(17, 5));
            let hanoi = fn(n, from, to, via) {
              if n == 0 { return 0 };
              hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from)
            };
            print("hanoi moves", hanoi(10, "A", "C", "B"));
            fib(20)
            """),
        ("lists", """
            let map = fn(xs, f) { let r = []; let i = 0; while i < len(xs) { push(r, f(xs[i])); i = i + 1 }; r };
            let filter = fn(xs, p) { let r = []; let i = 0; while i < len(xs) { if p(xs[i]) push(r, xs[i]); i = i + 1 }; r };
            let fold = fn(xs, acc, f) { let i = 0; while i < len(xs) { acc = f(acc, xs[i]); i = i + 1 }; acc };
            let nums = range(1, 21);
            let evens = filter(nums, fn(v) => v % 2 == 0);
            print("evens", evens);
            print("squares", map(evens, fn(v) => v * v));
            print("sum", fold(nums, 0, fn(a, v) => a + v), "product", fold(range(1, 11), 1, fn(a, v) => a * v));
            let words = ["pear", "fig", "banana", "kiwi"];
            print(map(words, fn(w) => w ++ ":" ++ len(w)), words + ["plum"]);
            let sieve = fn(n) {
              let flags = map(range(0, n), fn(v) => true);
              let primes = [];
              let i = 2;
              while i < n {
                if flags[i] {
                  push(primes, i);
                  let j = i * i;
                  while j < n { flags = map(range(0, n), fn(k) => if k == j false else flags[k]); j = j + i };
                };
                i = i + 1
              };
              primes
            };
            print("primes", sieve(40));
            len(nums)
            """),
        ("strings", """
            let repeat = fn(s, n) => s * n;
            print(repeat("ab", 3), "|" ++ repeat("-", 10) ++ "|");
            let reverse = fn(s) { let r = ""; let i = len(s) - 1; while i >= 0 { r = r + s[i]; i = i - 1 }; r };
            print(reverse("stressed"), reverse("racecar") == "racecar");
            let pad = fn(s, n) { while len(s) < n { s = " " + s }; s };
            let i = 1;
            while i <= 5 { print(pad(str(i * i * i), 5), pad(fmt(sqrt(i), 4), 8)); i = i + 1 };
            print(type(1), type("s"), type([]), type(nil), type(print), type(fn() => 1), type(true));
            "a" < "b"
            """),
        ("runtime error", """
            let safeDiv = fn(a, b) => a / b;
            print(safeDiv(1, 4));
            print(safeDiv(1, 0));
            print("not reached");
            """),
        ("undefined", """
            let f = fn(a) => a + missing;
            f(1)
            """),
        ("arity", """
            let two = fn(a, b) => a + b;
            two(1)
            """),
        ("type error", """
            [1, 2] - 3
            """),
        ("deep recursion", """
            let down = fn(n) => if n == 0 0 else 1 + down(n - 1);
            print(down(150));
            down(500)
            """),
        ("index", """
            let xs = [1, 2, 3];
            print(xs[2], "hello"[1]);
            xs[3]
            """),
        ("parse error 1", "let = 5"),
        ("parse error 2", "print(1, 2"),
        ("parse error 3", "let s = \"open"),
        ("parse error 4", "1 + $"),
        ("user error", """
            let check = fn(v) => if v > 10 error("value too large: " ++ v) else v;
            print(check(3));
            check(42)
            """),
    };

    static void Main()
    {
        int ok = 0, failed = 0;
        long totalCalls = 0;
        foreach (var (name, source) in Scripts)
        {
            Console.WriteLine($"=== {name} ===");
            var output = new StringBuilder();
            var interp = new Interpreter(output);
            try
            {
                var tokens = Lexer.Lex(source);
                var program = new Parser(tokens).Program();
                Console.WriteLine($"tokens={tokens.Count} statements={program.Count}");
                foreach (var stmt in program.Take(3)) Console.WriteLine("  ast: " + Printer.Show(stmt));
                var result = interp.Run(program);
                Console.Write(output);
                Console.WriteLine($"=> {result} ({result.TypeName}); calls={interp.Calls} maxDepth={interp.MaxDepth}");
                ok++;
            }
            catch (LangError e)
            {
                Console.Write(output);
                Console.WriteLine($"!! line {e.Line}: {e.Message} [{e.GetType().Name}]");
                failed++;
            }
            totalCalls += interp.Calls;
        }
        Console.WriteLine($"scripts ok={ok} failed={failed} totalCalls={totalCalls}");
        var sample = new Parser(Lexer.Lex("a = b = 1 + 2 * -c(d, e)[f] ++ \"s\" || !g && h <= i")).Program();
        Console.WriteLine(Printer.Show(sample[0]));
        Console.WriteLine(sample[0] is Assign { Value: Assign { Name: "b" } } ? "assign is right-associative" : "wrong associativity");
        Console.WriteLine(new NumLit(1, 1) == new NumLit(1, 1) ? "records compare by value" : "records differ");
    }
}

;; 64-bit integer helpers for the interpreter: the ops JS cannot do exactly without BigInt.
;; Each takes byte addresses in the shared memory (frame slots) and stores the result at $d.
;; Built to interp/i64-helpers.generated.ts by scripts/gen-wasm.mjs (wabt).
(module
  (import "env" "memory" (memory 1))
  (func (export "mul") (param $d i32) (param $a i32) (param $b i32)
    (i64.store (local.get $d) (i64.mul (i64.load (local.get $a)) (i64.load (local.get $b)))))
  ;; Division: the caller has already rejected b == 0 and MinValue / -1 (they throw in .NET).
  (func (export "div_s") (param $d i32) (param $a i32) (param $b i32)
    (i64.store (local.get $d) (i64.div_s (i64.load (local.get $a)) (i64.load (local.get $b)))))
  (func (export "div_u") (param $d i32) (param $a i32) (param $b i32)
    (i64.store (local.get $d) (i64.div_u (i64.load (local.get $a)) (i64.load (local.get $b)))))
  (func (export "rem_s") (param $d i32) (param $a i32) (param $b i32)
    (i64.store (local.get $d) (i64.rem_s (i64.load (local.get $a)) (i64.load (local.get $b)))))
  (func (export "rem_u") (param $d i32) (param $a i32) (param $b i32)
    (i64.store (local.get $d) (i64.rem_u (i64.load (local.get $a)) (i64.load (local.get $b)))))
  ;; Checked multiply: stores the product, returns 1 on signed overflow.
  (func (export "mul_ovf_s") (param $d i32) (param $a i32) (param $b i32) (result i32)
    (local $x i64) (local $y i64) (local $r i64)
    (local.set $x (i64.load (local.get $a)))
    (local.set $y (i64.load (local.get $b)))
    (local.set $r (i64.mul (local.get $x) (local.get $y)))
    (i64.store (local.get $d) (local.get $r))
    (if (i32.or (i64.eqz (local.get $x)) (i64.eqz (local.get $y))) (then (return (i32.const 0))))
    ;; -1 * MinValue overflows, and division would trap on it: test it first.
    (if (i32.and (i64.eq (local.get $x) (i64.const -1)) (i64.eq (local.get $y) (i64.const 0x8000000000000000))) (then (return (i32.const 1))))
    (if (i32.and (i64.eq (local.get $y) (i64.const -1)) (i64.eq (local.get $x) (i64.const 0x8000000000000000))) (then (return (i32.const 1))))
    (i64.ne (i64.div_s (local.get $r) (local.get $y)) (local.get $x)))
  ;; Checked unsigned multiply: returns 1 when the product does not fit in 64 bits.
  (func (export "mul_ovf_u") (param $d i32) (param $a i32) (param $b i32) (result i32)
    (local $x i64) (local $y i64) (local $r i64)
    (local.set $x (i64.load (local.get $a)))
    (local.set $y (i64.load (local.get $b)))
    (local.set $r (i64.mul (local.get $x) (local.get $y)))
    (i64.store (local.get $d) (local.get $r))
    (if (i64.eqz (local.get $y)) (then (return (i32.const 0))))
    (i64.ne (i64.div_u (local.get $r) (local.get $y)) (local.get $x)))
)

# Makefile for dyad: builds libdyad.a, the dyad command and the test programs.
#
#   make            build build/dyad and build/libdyad.a
#   make check      run every test, first in the normal build, then under ASan+UBSan
#   make test       run the tests of the normal build only
#   make asan-test  run the tests under AddressSanitizer and UndefinedBehaviorSanitizer
#   make valgrind   run the tests under valgrind's memcheck
#   make accuracy-doc  code the shared gold sets and write docs/accuracy.md (bench/accuracy.py)
#   make bench-dict time loading the PETRARCH dictionaries (bench/dict_bench.c)
#   make bench-parse  speed and memory of tagging and parsing (bench/bench_parse.c)
#   make bench      the benchmark: news text to events, per stage and end to end on one and two
#                   cores, load times, peak RSS (bench/run.sh, bench/pipeline.c)
#   make bench-code time coding parsed sentences with the Phoenix dictionaries (bench/code_bench.c)
#   make bench-news `dyad code` end to end over the news in ../shared/data/news (bench/news.sh)
#   make model      retrain the shipped model models/en-ud.model (models/train.sh)
#
# Sources are found by folder: src/<stage>/*.c go into the library, src/cli/*.c into the
# command, and every src/<stage>/*_test.c becomes a test program of its own.

CC      ?= cc
BUILD   ?= build
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
CFLAGS  += -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra -Werror -Isrc \
           $(shell pkg-config --cflags libcjson libxml-2.0 gumbo libutf8proc zlib 2>/dev/null)
LDLIBS  += $(shell pkg-config --libs libcjson libxml-2.0 gumbo libutf8proc zlib 2>/dev/null) -lm -lpthread
TEST_LDLIBS = $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)

LIB_SRC  := $(filter-out %_test.c, $(wildcard src/*/*.c))
LIB_SRC  := $(filter-out src/cli/%, $(LIB_SRC))
LIB_ASM  := $(wildcard src/*/*.S)
CLI_SRC  := $(filter-out %_test.c, $(wildcard src/cli/*.c))
TEST_SRC := $(wildcard src/*/*_test.c)

LIB_OBJ  := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(LIB_SRC)) $(patsubst src/%.S,$(BUILD)/obj/%.o,$(LIB_ASM))
CLI_OBJ  := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(CLI_SRC))
TESTS    := $(patsubst src/%_test.c,$(BUILD)/tests/%_test,$(TEST_SRC))

.PHONY: all test check asan-test valgrind clean bench accuracy-doc bench-dict bench-parse bench-code bench-news model
.SECONDARY:
all: $(BUILD)/dyad $(BUILD)/libdyad.a $(TESTS)

$(BUILD)/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

# Assembly files embed data in the library (src/nlp/model_data.S: the shipped model).
$(BUILD)/obj/%.o: src/%.S
	@mkdir -p $(dir $@)
	$(CC) -MMD -MP -c $< -o $@ -Wa,-I.

# The shipped NLP model is embedded by src/nlp/model_data.S.
$(BUILD)/obj/nlp/model_data.o: models/en-ud.model
# dyad's own dictionaries are embedded by src/dict/builtin_data.S.
$(BUILD)/obj/dict/builtin_data.o: $(wildcard dictionaries/*.txt)

$(BUILD)/libdyad.a: $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/dyad: $(CLI_OBJ) $(BUILD)/libdyad.a
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/%_test: $(BUILD)/obj/%_test.o $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $^ $(TEST_LDLIBS) $(LDLIBS)

test: all
	@sh tests/run-tests $(BUILD)

asan-test:
	@$(MAKE) --no-print-directory BUILD=build-asan OPT="-O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all" test

valgrind: all
	@VALGRIND=1 sh tests/run-tests $(BUILD)

check: test asan-test

# Benchmarks under bench/ print figures; they are not tests.  bench/bench.h is what they share.
$(BUILD)/bench/%: bench/%.c bench/bench.h $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libdyad.a $(LDLIBS)

bench:
	sh bench/run.sh $(ARGS)

accuracy-doc: $(BUILD)/dyad
	python3 bench/accuracy.py --dyad $(BUILD)/dyad

bench-dict: $(BUILD)/bench/dict_bench
	nice $(BUILD)/bench/dict_bench $(DICT_DIR)
bench-parse: $(BUILD)/bench/bench_parse
	nice $(BUILD)/bench/bench_parse

model:
	sh models/train.sh

bench-code: $(BUILD)/bench/code_bench
	nice $(BUILD)/bench/code_bench $(DICT_DIR)
bench-news: $(BUILD)/dyad
	DYAD=$(BUILD)/dyad sh bench/news.sh

clean:
	rm -rf build build-asan

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

#pragma once
// A lower layer that reaches up: the layering check must refuse this file.
#include "model/output/high.h"
